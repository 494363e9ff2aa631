import type { LoadedInstrument } from '../deps.js';
import type { Instrument } from './catalog.js';
import { compileInstrument } from './compile-instrument.js';

/** The instruments by id, each with the rules compiled from its JSON. */
export function compileAll(instruments: Instrument[]): Map<string, LoadedInstrument> {
  return new Map(instruments.map((i) => [i.id, { ...i, spec: compileInstrument(i.id, i.json) }]));
}
