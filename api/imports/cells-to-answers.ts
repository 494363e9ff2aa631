import type { Column } from '../exports/columns.js';
import { unneutralise } from '../exports/neutralise.js';

/**
 * Reads one row of an export back into SurveyJS answers. Cells are texts as spreadsheets
 * give them: numbers in French (2,5) or English (2.5) notation are read as numbers where
 * the instrument expects numbers. Returns the answers and the row's status.
 */
export function cellsToAnswers(columns: Column[], cells: readonly unknown[]): { answers: Record<string, unknown>; status: string | null } {
  const answers: Record<string, unknown> = {};
  let status: string | null = null;
  columns.forEach((c, i) => {
    const raw = cells[i];
    if (raw === undefined || raw === null || String(raw).trim() === '') return;
    const text = typeof raw === 'number' ? String(raw) : unneutralise(String(raw));
    if (c.kind === 'meta') {
      if (c.code === 'statut') status = text.trim();
      return;
    }
    const numeric = (c.kind === 'number' || (c.values?.length ?? 0) > 0) && (c.values ?? [0]).every((v) => typeof v === 'number');
    const asNumber = Number(text.trim().replace(/\s/g, '').replace(',', '.'));
    const value: string | number = typeof raw === 'number' ? raw : numeric && text.trim() !== '' && Number.isFinite(asNumber) ? asNumber : text;
    if (c.choice !== undefined) {
      if (text.trim() === '1') ((answers[c.question] ??= []) as unknown[]).push(c.choice);
      return;
    }
    if (c.row !== undefined) {
      const rows = (answers[c.question] ??= {}) as Record<string, unknown>;
      if (c.col !== undefined) ((rows[c.row] ??= {}) as Record<string, unknown>)[c.col] = value;
      else rows[c.row] = value;
      return;
    }
    answers[c.question] = c.kind === 'number' || c.kind === 'rating' ? value : c.kind === 'text' || c.kind === 'external' ? text : value;
  });
  return { answers, status };
}
