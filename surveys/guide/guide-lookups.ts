import type { Guide, GuideSection, TypologyAction, TypologyCategory, TypologySubCategory } from './load-guide.js';

/** What an answer of the service cites: one section and one verbatim passage (`api.md`, « Advice and its sources »). */
export interface GuideSource {
  section: string;
  quote: string;
}

/** Any element of the guide's data that rests on passages of the guide. */
export interface Sourced {
  section: string;
  quotes: readonly string[];
  related?: readonly { section: string; quotes: readonly string[] }[];
}

/** A section by its name or one of its aliases (e.g. "Fiche pratique B" for "Fiche B"); undefined when unknown. */
export function sectionNamed(guide: Guide, name: string): GuideSection | undefined {
  return guide.sections.find((s) => s.name === name || s.aliases.includes(name));
}

/** Where a `typologie_actions` row code sits in the guide's typology; undefined for an unknown code. */
export function typologyOfAction(
  guide: Guide,
  code: string,
): { category: TypologyCategory; subCategory: TypologySubCategory; action: TypologyAction } | undefined {
  for (const category of guide.typology.categories) {
    for (const subCategory of category.subCategories) {
      const action = subCategory.actions.find((a) => a.code === code);
      if (action) return { category, subCategory, action };
    }
  }
  return undefined;
}

/** The element's passages as citations, its own first, then the related ones. */
export function sourcesOf(element: Sourced): GuideSource[] {
  const own = element.quotes.map((quote) => ({ section: element.section, quote }));
  const others = (element.related ?? []).flatMap((r) => r.quotes.map((quote) => ({ section: r.section, quote })));
  return [...own, ...others];
}

/**
 * Every passage of the guide's data with the section it is quoted from and where it sits
 * (a dotted path of ids and keys), the sections' own title passages included. Any object
 * carrying `quotes` is visited, wherever it is nested, so no passage escapes the checks.
 */
export function quotedPassages(guide: Guide): { path: string; section: string; quote: string }[] {
  const found: { path: string; section: string; quote: string }[] = [];
  for (const s of guide.sections) {
    for (const quote of s.quotes) found.push({ path: `sections.${s.name}`, section: s.name, quote });
  }
  const visit = (node: unknown, path: string, section: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}[${i}]`, section));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const here = typeof record.section === 'string' ? record.section : section;
    const at = typeof record.id === 'string' ? `${path}<${record.id}>` : path;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'quotes' && Array.isArray(value)) {
        for (const quote of value) found.push({ path: at, section: here, quote: String(quote) });
      } else {
        visit(value, `${at}.${key}`, here);
      }
    }
  };
  const { sections: _sections, ...parts } = guide;
  visit(parts, 'guide', '');
  return found;
}
