import type { SurveyJson } from './catalog.js';

interface TypologyRow {
  value: string;
  categorie?: string;
}

/** The typology's rows and the category each belongs to (the `categorie` property of its row in the JSON). */
export function typologyCategories(json: SurveyJson): Record<string, string> {
  const rows: TypologyRow[] =
    (json.pages as { elements?: { name?: string; rows?: TypologyRow[] }[] }[])
      .flatMap((p) => p.elements ?? [])
      .find((e) => e.name === 'typologie_actions')?.rows ?? [];
  return Object.fromEntries(rows.filter((r) => r.categorie).map((r) => [r.value, r.categorie!]));
}
