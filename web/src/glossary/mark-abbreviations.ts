/** An abbreviation the app spells out, and its expansion. */
export interface Expansion {
  abbreviation: string;
  expansion: string;
}

/** A piece of text: plain, or an abbreviation to show with its expansion. */
export type TextPart = string | Expansion;

/** Finds the abbreviations of a glossary in text, and says what each stands for. */
export interface AbbreviationMatcher {
  pattern: RegExp;
  expansions: ReadonlyMap<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the abbreviations that have an expansion; null when none has. Whole words
 * only, case kept (« CCI » but not « cci », nor the « CCI » of « CCIFE »), the longest
 * first so that « BPI France » wins over a shorter one it starts with.
 */
export function abbreviationMatcher(list: readonly { abbreviation: string; expansion: string | null }[]): AbbreviationMatcher | null {
  const expansions = new Map(list.flatMap((a) => (a.expansion ? [[a.abbreviation, a.expansion] as const] : [])));
  if (expansions.size === 0) return null;
  const alternatives = [...expansions.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  // Letters and digits on either side make it part of another word; an apostrophe does not (« l’AICT »).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, expansions };
}

/** The text cut into plain runs and abbreviations; the text alone when there is no matcher. */
export function splitAbbreviations(text: string, matcher: AbbreviationMatcher | null): TextPart[] {
  if (!matcher) return [text];
  const parts: TextPart[] = [];
  let from = 0;
  for (const m of text.matchAll(matcher.pattern)) {
    if (m.index > from) parts.push(text.slice(from, m.index));
    parts.push({ abbreviation: m[0], expansion: matcher.expansions.get(m[0])! });
    from = m.index + m[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
