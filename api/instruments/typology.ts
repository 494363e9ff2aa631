import { loadGuide, type Typology } from '../../surveys/guide/load-guide.js';
import { findQuestion, type SurveyJsonLike } from './walk-questions.js';

/** The typology of the guide, as the instruments carry it: the `typologie_actions` matrix. */
const TYPOLOGY_QUESTION = 'typologie_actions';

/** The typology's rows and the category each belongs to (the `categorie` property of its row in the JSON). */
export function typologyCategories(json: SurveyJsonLike): Record<string, string> {
  const rows = findQuestion(json, TYPOLOGY_QUESTION)?.rows;
  if (!Array.isArray(rows)) return {};
  const out: Record<string, string> = {};
  for (const row of rows as { value?: unknown; categorie?: unknown }[]) {
    if (typeof row?.value === 'string' && typeof row.categorie === 'string') out[row.value] = row.categorie;
  }
  return out;
}

/** French names of the typology's groups, by the codes its rows carry (`categorie`, `sousCategorie`). */
export interface TypologyNames {
  categories: Record<string, string>;
  sousCategories: Record<string, string>;
}

/**
 * The names of the categories (with the examples the guide prints beside them) and sub-categories the instrument’s typology rows use, as the
 * guide's typology gives them (surveys/guide/typologie.json), so that pages can head each
 * group of rows; undefined when the instrument has no typology. A code the guide does not
 * know is an error in the instrument, reported at once.
 */
export function typologyNames(json: SurveyJsonLike, typology: Typology = loadGuide().typology): TypologyNames | undefined {
  const rows = findQuestion(json, TYPOLOGY_QUESTION)?.rows;
  if (!Array.isArray(rows)) return undefined;
  const known = {
    categories: new Map<string, string>(typology.categories.map((c) => [c.code, c.label ?? c.name])),
    sousCategories: new Map<string, string>(typology.categories.flatMap((c) => c.subCategories.map((s) => [s.code, s.name] as const))),
  };
  const names: TypologyNames = { categories: {}, sousCategories: {} };
  for (const row of rows as { categorie?: unknown; sousCategorie?: unknown }[]) {
    for (const [property, group] of [['categorie', 'categories'], ['sousCategorie', 'sousCategories']] as const) {
      const code = row?.[property];
      if (typeof code !== 'string') continue;
      const name = known[group].get(code);
      if (!name) throw new Error(`Code de typologie inconnu du guide\u202f: ${property} «\u202f${code}\u202f»`);
      names[group][code] = name;
    }
  }
  return names;
}

/**
 * The instrument's JSON with its typology matrix naming its groups of rows (`categories`,
 * `sousCategories`, as SurveyJS item values: surveys/custom-properties.ts), filled in from
 * the guide's typology: the names live in one place, the guide, and every page that shows
 * the matrix — the questionnaire's headings first — reads them from the JSON it is served.
 */
export function withTypologyNames<J extends SurveyJsonLike>(json: J, typology?: Typology): J {
  const names = typologyNames(json, typology);
  if (!names) return json;
  const copy = structuredClone(json);
  const matrix = findQuestion(copy, TYPOLOGY_QUESTION)!;
  const items = (record: Record<string, string>) => Object.entries(record).map(([value, text]) => ({ value, text }));
  matrix.categories = items(names.categories);
  matrix.sousCategories = items(names.sousCategories);
  return copy;
}
