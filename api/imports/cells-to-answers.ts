import type { Column, ImportedRow } from '../exports/columns.js';
import { unneutralise } from '../exports/neutralise.js';

/**
 * Reads one row of an export back into SurveyJS answers, each cell by its column (numbers in
 * French or English notation become numbers where the question expects numbers). Returns
 * the answers and the row's status.
 */
export function cellsToAnswers(columns: Column[], cells: readonly unknown[]): ImportedRow {
  const row: ImportedRow = { answers: {}, status: null };
  columns.forEach((c, i) => {
    const raw = cells[i];
    if (raw === undefined || raw === null || String(raw).trim() === '') return;
    c.readInto(row, typeof raw === 'number' ? raw : unneutralise(String(raw)));
  });
  return row;
}
