/**
 * Whether a quotation is a verbatim passage of a source text.
 *
 * The sources are a PDF's extracted text and an OCR'd sheet: their line breaks, hyphenation
 * and spacing are layout, not wording. Both the source and the quotation go through the
 * same normalisation, and nothing else:
 *
 * 1. Unicode NFC, so that a composed and a decomposed « é » are the same letter;
 * 2. a hyphen between two letters followed by a line break (blank lines allowed) is removed
 *    with the break: « territo-\nriales » reads « territoriales » (the layout's hyphenation;
 *    a hyphen followed by a space or by nothing but the same line is kept);
 * 3. the typographic apostrophe ’ (U+2019) becomes ' (U+0027): the sources mix both;
 * 4. every run of white space (spaces, no-break and thin spaces, tabs, line breaks)
 *    becomes one space, and the ends are trimmed.
 *
 * Case, accents, letters, digits and every other punctuation mark are compared as they
 * are, so a quotation with one word changed, added or removed is not found.
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(?<=\p{L})-[^\S\n]*\n\s*(?=\p{L})/gu, '')
    .replace(/\u2019/g, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether `quote` occurs in `normalisedSource` (a text already passed through
 * `normaliseForQuote`, done once per source). An empty quotation is never found.
 */
export function isQuotedIn(normalisedSource: string, quote: string): boolean {
  const wanted = normaliseForQuote(quote);
  return wanted.length > 0 && normalisedSource.includes(wanted);
}
