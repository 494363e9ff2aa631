import Papa from 'papaparse';
import type { Cell } from '../instruments/kinds/question-kind.js';
import { neutralise } from './neutralise.js';


/** French decimal notation for Excel in French: 2,5 — not 2.5. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  return neutralise(cell);
}

/**
 * CSV that French Excel opens as it should: UTF-8 with a byte-order mark, semicolons,
 * CRLF, decimal commas, formula-looking texts neutralised.
 */
export function toCsv(rows: Cell[][]): string {
  const body = Papa.unparse(rows.map((r) => r.map(cellText)), { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false });
  return `\uFEFF${body}\r\n`;
}
