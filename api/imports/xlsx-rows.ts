import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A cell as our exports wrote it: rich and linked texts read as their text. */
function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  if (v && typeof v === 'object' && 'text' in v) return (v as { text: string }).text;
  return v ?? null;
}

/**
 * The rows of the first sheet of an XLSX file, read as the file arrives (ExcelJS's streaming
 * reader) rather than loaded whole; each row as wide as the first (the header), empty rows
 * left out.
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<unknown[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let width: number | null = null;
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values = row.values as unknown[];
      width ??= values.length - 1;
      if (values.every((v) => v === undefined || v === null)) continue;
      const cells: unknown[] = [];
      for (let i = 1; i <= width; i++) cells.push(cellValue(values[i]));
      yield cells;
    }
    // The first sheet only, as the exports write one.
    return;
  }
}
