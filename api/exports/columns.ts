import type { Answers } from '../instruments/answers.js';
import type { Cell, Scalar } from '../instruments/kinds/question-kind.js';
import { kindOf, type InstrumentSpec } from '../instruments/question-spec.js';

/** A response as exports write it. */
export interface ExportedResponse {
  id: string;
  status: string;
  updatedAt: string;
  answers: Answers;
}

/** A row of an imported file, read back. */
export interface ImportedRow {
  answers: Answers;
  status: string | null;
}

/** One column of an export: its code, its French label, and how to write and read back its cell. */
export interface Column {
  code: string;
  label: string;
  /** How the codebook describes its cells. */
  describe: string;
  /** The values the cell may hold (for the codebook), when they are a list. */
  values?: readonly Scalar[];
  cellOf(response: ExportedResponse): Cell;
  /** Puts a non-empty cell (texts as spreadsheets give them) back into the row. */
  readInto(row: ImportedRow, cell: string | number): void;
}

const meta = (code: string, label: string, cellOf: (r: ExportedResponse) => Cell, readInto: Column['readInto'] = () => {}): Column => ({
  code,
  label,
  describe: 'information sur la réponse',
  cellOf,
  readInto,
});

const META_COLUMNS: Column[] = [
  meta('reponse_id', 'Identifiant de la réponse', (r) => r.id),
  meta('statut', 'Statut (complete ou partial)', (r) => r.status, (row, cell) => {
    row.status = String(cell).trim();
  }),
  meta('modifiee_le', 'Dernière modification', (r) => r.updatedAt),
];

/**
 * The export layout of an instrument: the response's own columns, then each question's
 * columns as its kind lays them out — a question, a matrix row (`question.row`), a matrix
 * cell (`question.row.column`), or a choice of a multiple choice (`question.choice`, 1 when
 * ticked) — with French labels.
 */
export function exportColumns(instrument: InstrumentSpec): Column[] {
  const out: Column[] = [...META_COLUMNS];
  for (const spec of instrument.questions.values()) {
    for (const c of kindOf(instrument, spec).columns(spec)) {
      out.push({
        code: c.code,
        label: c.label,
        describe: c.describe,
        values: c.values,
        cellOf: (r) => c.cellOf(r.answers),
        readInto: (row, cell) => c.readInto(row.answers, cell),
      });
    }
  }
  return out;
}
