import ExcelJS from 'exceljs';
import type { Column } from './columns.js';
import type { Cell } from '../instruments/kinds/question-kind.js';
import { neutralise } from './neutralise.js';
import { parisDateCell } from './paris-time.js';

const DATE_FORMAT = 'dd/mm/yyyy hh:mm';
/** Column widths, in characters: enough for most cells, never a wall of one column. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 45;
/** Rows read to size a column: a sample is enough, and keeps large exports quick (the row of titles wraps). */
const SAMPLED_ROWS = 300;

function xlsxCell(column: Column, cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (column.format === 'date' && typeof cell === 'string') return parisDateCell(cell);
  return typeof cell === 'string' ? neutralise(cell) : cell;
}

function widthOf(column: Column, rows: Cell[][], index: number, withLabels: boolean): number {
  if (column.format === 'date') return 17;
  const lengths = [column.code.length, ...(withLabels ? [Math.min(column.label.length, 16)] : []), ...rows.slice(0, SAMPLED_ROWS).map((r) => String(r[index] ?? '').length)];
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.max(...lengths) + 2));
}

/** The codebook: one line per column and per value it may hold — the column's code and French title, how to read it, each code and its label. */
function addCodebook(workbook: ExcelJS.Workbook, columns: Column[]): void {
  const codebook = workbook.addWorksheet('Codebook');
  codebook.columns = [
    { header: 'colonne', width: 34 },
    { header: 'intitulé', width: 70 },
    { header: 'type', width: 24 },
    { header: 'code', width: 22 },
    { header: 'libellé du code', width: 40 },
  ];
  codebook.getRow(1).font = { bold: true };
  codebook.views = [{ state: 'frozen', ySplit: 1 }];
  for (const c of columns) {
    const values = c.values ?? [];
    if (values.length === 0) codebook.addRow([c.code, c.label, c.describe, null, null]);
    // A choice of a multiple choice holds 1 when ticked.
    const ticked = values.length === 1 && values[0] === 1;
    for (const v of values) codebook.addRow([c.code, c.label, c.describe, v, c.valueLabels?.get(String(v)) ?? (ticked ? 'coché' : null)]);
  }
  codebook.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * An XLSX workbook: the responses (a row of codes, then optionally one of French titles;
 * codes beside their labels; dates as date cells in Paris time; columns sized to their
 * content) and a codebook sheet.
 */
export async function toXlsx(columns: Column[], rows: Cell[][], withLabels: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Observatoire AICT (ARRICOD)';
  const sheet = workbook.addWorksheet('Réponses');
  sheet.addRow(columns.map((c) => c.code));
  if (withLabels) sheet.addRow(columns.map((c) => c.label));
  for (const row of rows) sheet.addRow(row.map((cell, i) => xlsxCell(columns[i]!, cell)));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widthOf(c, rows, i, withLabels);
    if (c.format === 'date') column.numFmt = DATE_FORMAT;
  });
  sheet.getRow(1).font = { bold: true };
  if (withLabels) sheet.getRow(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', ySplit: withLabels ? 2 : 1, xSplit: 1 }];
  addCodebook(workbook, columns);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the first sheet of an XLSX workbook into rows of cells (numbers and dates kept, rich text flattened). */
export async function parseXlsx(data: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: unknown[] = [];
    for (let i = 1; i <= width; i++) {
      const v = row.getCell(i).value as unknown;
      if (v && typeof v === 'object' && 'richText' in (v as object)) cells.push((v as { richText: { text: string }[] }).richText.map((t) => t.text).join(''));
      else if (v && typeof v === 'object' && 'text' in (v as object)) cells.push((v as { text: string }).text);
      else cells.push(v ?? null);
    }
    rows.push(cells);
  });
  return rows;
}
