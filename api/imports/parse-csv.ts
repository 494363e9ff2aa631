import Papa from 'papaparse';

/** Reads a CSV (semicolons or commas, with or without byte-order mark) into rows of texts. */
export function parseCsv(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.slice(0, clean.indexOf('\n') === -1 ? undefined : clean.indexOf('\n'));
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const parsed = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' });
  return parsed.data;
}
