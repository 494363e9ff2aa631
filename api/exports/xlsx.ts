import ExcelJS from 'exceljs';
import type { Column } from './columns.js';
import type { Cell } from '../instruments/kinds/question-kind.js';
import { neutralise } from './neutralise.js';

/** An XLSX workbook: the responses (codes, then optionally French labels) and a codebook sheet. */
export async function toXlsx(columns: Column[], rows: Cell[][], withLabels: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Observatoire AICT (ARRICOD)';
  const sheet = workbook.addWorksheet('Réponses');
  sheet.addRow(columns.map((c) => c.code));
  if (withLabels) sheet.addRow(columns.map((c) => c.label));
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: withLabels ? 2 : 1 }];
  const codebook = workbook.addWorksheet('Codebook');
  codebook.addRow(['code', 'libellé', 'type', 'valeurs possibles']);
  codebook.getRow(1).font = { bold: true };
  for (const c of columns) codebook.addRow([c.code, c.label, c.describe, c.values?.join(', ') ?? '']);
  codebook.getColumn(2).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the first sheet of an XLSX workbook into rows of cells (numbers kept, rich text flattened). */
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
