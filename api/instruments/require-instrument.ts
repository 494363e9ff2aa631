import type { Catalog, LoadedInstrument } from './catalog.js';
import { DomainError } from '../domain/domain-error.js';

/** The instrument of an id, or a refusal naming it. */
export function requireInstrument(instruments: Catalog, id: string): LoadedInstrument {
  const instrument = instruments.get(id);
  if (!instrument) throw new DomainError('introuvable', 'questionnaire_inconnu', `Le questionnaire «\u202f${id}\u202f» n’existe pas.`);
  return instrument;
}
