import fs from 'node:fs';
import path from 'node:path';
import { isQuotedIn, normaliseForQuote } from '../../surveys/guide/find-quote.js';
import { sectionNamed } from '../../surveys/guide/guide-lookups.js';
import { loadGuide, SOURCE_FILES } from '../../surveys/guide/load-guide.js';

const guideDir = path.resolve(import.meta.dirname, '../../surveys/guide');
const normalised = {
  guide: normaliseForQuote(fs.readFileSync(path.join(guideDir, SOURCE_FILES.guide), 'utf8')),
  'kit-de-survie': normaliseForQuote(fs.readFileSync(path.join(guideDir, SOURCE_FILES['kit-de-survie']), 'utf8')),
};

/** A citation of the API: one section of the guide and one passage. */
export interface Citation {
  section: string;
  quote: string;
}

/** Whether the passage is verbatim in the source document of its section (the guide or the Kit de survie sheet). */
export function isCited({ section, quote }: Citation): boolean {
  const s = sectionNamed(loadGuide(), section);
  return s !== undefined && isQuotedIn(normalised[s.source], quote);
}

/** The passage with its longest word changed by one letter: no longer a citation. */
export function alterOneWord(quote: string): string {
  const words = quote.match(/\p{L}+/gu) ?? [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const last = longest.at(-1)!;
  return quote.replace(longest, longest.slice(0, -1) + (last === 'z' ? 'y' : 'z'));
}

/** Every `{section, quote}` found anywhere in an answer, with where it sits. */
export function citationsIn(node: unknown, at = ''): (Citation & { at: string })[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => citationsIn(child, `${at}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.section === 'string' && typeof record.quote === 'string' ? [{ section: record.section, quote: record.quote, at }] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => citationsIn(v, `${at}.${k}`))];
}
