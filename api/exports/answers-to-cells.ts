import type { Column } from './columns.js';

export interface ExportedResponse {
  id: string;
  status: string;
  updatedAt: string;
  answers: Record<string, unknown>;
}

/** The value of each column for one response: numbers stay numbers, absent answers are null. */
export function answersToCells(columns: Column[], r: ExportedResponse): (string | number | null)[] {
  return columns.map((c) => {
    if (c.kind === 'meta') return c.code === 'reponse_id' ? r.id : c.code === 'statut' ? r.status : r.updatedAt;
    const v = r.answers[c.question];
    if (v === undefined || v === null) return null;
    if (c.choice !== undefined) return Array.isArray(v) && v.map(String).includes(c.choice) ? 1 : null;
    if (c.row !== undefined) {
      const rowValue = (v as Record<string, unknown>)[c.row];
      const cell = c.col !== undefined ? (rowValue as Record<string, unknown> | undefined)?.[c.col] : rowValue;
      return cell === undefined || cell === null ? null : (cell as string | number);
    }
    return typeof v === 'number' || typeof v === 'string' ? v : String(v);
  });
}
