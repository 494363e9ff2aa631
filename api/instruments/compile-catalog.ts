import { loadInstruments, type Catalog, type Instrument } from './catalog.js';
import { compileInstrument } from './compile-instrument.js';
import { plainText, sanitiseInstrumentTexts } from './sanitise-texts.js';
import { withTypologyNames } from './typology.js';

/**
 * The instruments by id, each with the rules compiled from its JSON: done once, at start,
 * and passed to whoever needs them. Their texts are made plain here, once, so every page,
 * export and API answer shows the same markup-free text; the typology's group names are
 * filled in from the guide.
 */
export function compileCatalog(instruments: Instrument[] = loadInstruments()): Catalog {
  return new Map(
    instruments.map((i) => {
      const json = withTypologyNames(sanitiseInstrumentTexts(i.json));
      return [i.id, { ...i, title: plainText(i.title), audience: plainText(i.audience), json, spec: compileInstrument(i.id, json) }];
    }),
  );
}
