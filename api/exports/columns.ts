import type { Answers } from '../instruments/answers.js';
import type { Cell, ExportColumn, Scalar } from '../instruments/kinds/question-kind.js';
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
  /** The French label of each of those values (for the codebook). */
  valueLabels?: ReadonlyMap<string, string>;
  /** An instant (ISO text): written as a date, in Paris time. */
  format?: 'date';
  cellOf(response: ExportedResponse): Cell;
  /** Puts a non-empty cell (texts as spreadsheets give them) back into the row; nothing for a column written for people only. */
  readInto(row: ImportedRow, cell: string | number): void;
}

/** The name of a value of a question answered from an outside list, by that list (`collectivite` → the registry). */
export type ExportNames = Readonly<Record<string, (value: string) => string | undefined>>;

const STATUS_LABELS = new Map([
  ['complete', 'complète'],
  ['partial', 'en cours'],
]);

const meta = (code: string, label: string, cellOf: (r: ExportedResponse) => Cell, more: Partial<Column> = {}): Column => ({
  code,
  label,
  describe: 'information sur la réponse',
  cellOf,
  readInto: () => {},
  ...more,
});

/** Beside a coded column, the label of its code: what a person reads without the codebook. */
function labelColumn(coded: Column, labels: ReadonlyMap<string, string>): Column {
  return {
    code: `${coded.code} (libellé)`,
    label: `${coded.label} (libellé)`,
    describe: `libellé du code de la colonne ${coded.code}`,
    cellOf: (r) => {
      const code = coded.cellOf(r);
      return code === null ? null : (labels.get(String(code)) ?? String(code));
    },
    readInto: () => {},
  };
}

/** Beside a question answered from an outside list, the name of what was chosen. */
function nameColumn(coded: Column, nameOf: (value: string) => string | undefined): Column {
  return {
    code: `${coded.code} (nom)`,
    label: `${coded.label} (nom)`,
    describe: `nom de la collectivité de la colonne ${coded.code}`,
    cellOf: (r) => {
      const key = coded.cellOf(r);
      return key === null ? null : (nameOf(String(key)) ?? String(key));
    },
    readInto: () => {},
  };
}

/** Labels worth a column: at least one says more than its code (a 0–5 scale labelled 0–5 does not). */
const informative = (labels: ReadonlyMap<string, string> | undefined): labels is ReadonlyMap<string, string> =>
  labels !== undefined && [...labels].some(([code, label]) => label.trim() !== code);

function questionColumn(c: ExportColumn): Column {
  return {
    code: c.code,
    label: c.label,
    describe: c.describe,
    values: c.values,
    valueLabels: c.valueLabels,
    cellOf: (r) => c.cellOf(r.answers),
    readInto: (row, cell) => c.readInto(row.answers, cell),
  };
}

/**
 * The export layout of an instrument: the response's own columns, then each question's
 * columns as its kind lays them out — a question, a matrix row (`question.row`), a matrix
 * cell (`question.row.column`), or a choice of a multiple choice (`question.choice`, 1 when
 * ticked) — with French labels. Beside each coded column comes the label of its code
 * (`statut (libellé)`), beside a collectivity its name (`collectivite (nom)`, from `names`):
 * those are for people, and an import skips them.
 */
export function exportColumns(instrument: InstrumentSpec, names: ExportNames = {}): Column[] {
  const status = meta('statut', 'Statut (complete ou partial)', (r) => r.status, {
    values: ['complete', 'partial'],
    valueLabels: STATUS_LABELS,
    readInto: (row, cell) => {
      row.status = String(cell).trim();
    },
  });
  const out: Column[] = [
    meta('reponse_id', 'Identifiant de la réponse', (r) => r.id),
    status,
    labelColumn(status, STATUS_LABELS),
    meta('modifiee_le', 'Dernière modification (heure de Paris)', (r) => r.updatedAt, { format: 'date' }),
  ];
  for (const spec of instrument.questions.values()) {
    for (const c of kindOf(instrument, spec).columns(spec)) {
      const column = questionColumn(c);
      out.push(column);
      // A question answered from an outside list has its name column even without a lookup
      // (an import reads the layout without one, and skips that column).
      if ('source' in spec && typeof spec.source === 'string') out.push(nameColumn(column, names[spec.source] ?? (() => undefined)));
      if (informative(c.valueLabels)) out.push(labelColumn(column, c.valueLabels));
    }
  }
  return out;
}
