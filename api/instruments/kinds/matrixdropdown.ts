import { matrixCellColumn } from './columns.js';
import { itemsOf, labelsOf, ratingItems, valuesOf, type Item } from './items.js';
import { isPlainObject } from '../answers.js';
import { inQuotes, labelList, quoted, typeProblem, unknownRow } from './problems.js';
import { firstInAnswerOrder, valueAt } from './schema.js';
import type { Distribution, QuestionKind, Scalar, SpecBase } from './question-kind.js';

/** A column of a matrix of drop-downs: today a rating or a choice list. */
export interface CellSpec {
  name: string;
  title: string;
  values: Scalar[];
  valueLabels: Map<string, string>;
}

/** Several marks per row, one per column (the UA 2014 grid: access and relevance of each indicator). */
export interface MatrixDropdownSpec extends SpecBase {
  kind: 'matrixdropdown';
  rows: string[];
  rowLabels: Map<string, string>;
  columns: CellSpec[];
}

export type MatrixDropdownResult = { kind: 'matrixdropdown'; rows: Record<string, Record<string, Distribution>> };

const DESCRIBE = 'case de tableau (note)';

/** A column as survey-core reads it: its cell type defaults to the matrix's, its choices to the matrix's. */
function cellSpec(column: Record<string, unknown>, matrix: Record<string, unknown>): CellSpec | null {
  const name = column.name;
  if (typeof name !== 'string' || name === '') return null;
  const cellType = column.cellType ?? matrix.cellType ?? 'dropdown';
  const items: Item[] = cellType === 'rating' ? ratingItems(column) : itemsOf(column.choices ?? matrix.choices);
  const title = typeof column.title === 'string' && column.title !== '' ? column.title : name;
  return { name, title, values: valuesOf(items), valueLabels: labelsOf(items) };
}

export const matrixdropdown: QuestionKind<MatrixDropdownSpec, MatrixDropdownResult> = {
  describe: DESCRIBE,
  counted: true,
  singleChoice: false,
  reads: (e) => e.type === 'matrixdropdown',
  compile(e, base) {
    const rows = itemsOf(e.rows);
    const columns = (Array.isArray(e.columns) ? e.columns : [])
      .filter(isPlainObject)
      .map((c) => cellSpec(c, e))
      .filter((c): c is CellSpec => c !== null);
    return { ...base, kind: 'matrixdropdown', rows: valuesOf(rows).map(String), rowLabels: labelsOf(rows), columns };
  },
  schema: (spec) => ({
    type: 'object',
    properties: Object.fromEntries(
      spec.rows.map((row) => [
        row,
        {
          type: 'object',
          properties: Object.fromEntries(spec.columns.map((c) => [c.name, { type: 'number', enum: [...c.values] }])),
          additionalProperties: false,
        },
      ]),
    ),
    additionalProperties: false,
  }),
  problem(spec, errors, value) {
    const first = firstInAnswerOrder(errors, value);
    const [row, column] = first.path;
    if (row === undefined) {
      if (first.keyword === 'additionalProperties') return unknownRow(spec, String(first.params.additionalProperty));
      return typeProblem(spec, 'un objet qui donne, pour chaque ligne, la réponse de chaque colonne', value);
    }
    if (column === undefined) {
      if (first.keyword !== 'additionalProperties') return { ...typeProblem(spec, 'pour chaque ligne, un objet qui donne la réponse de chaque colonne', valueAt(value, [row])), row };
      const unknown = String(first.params.additionalProperty);
      return {
        question: spec.name,
        code: 'colonne_inconnue',
        message: `La colonne «\u202f${unknown}\u202f» n’existe pas dans ${quoted(spec)}. Colonnes possibles\u202f: ${spec.columns.map((c) => inQuotes(c.title)).join(', ')}.`,
        row,
        column: unknown,
      };
    }
    const col = spec.columns.find((c) => c.name === column)!;
    return {
      question: spec.name,
      code: typeof valueAt(value, first.path) === 'number' ? 'note_hors_echelle' : 'type_invalide',
      message: `${inQuotes(col.title)} de la ligne ${inQuotes(spec.rowLabels.get(row) ?? row)} de ${quoted(spec)} doit être l’une des valeurs ${labelList(col.values, col.valueLabels)}.`,
      row,
      column,
    };
  },
  cells(spec, value) {
    const out = [];
    for (const [row, cells] of Object.entries(value as Record<string, unknown>)) {
      if (!isPlainObject(cells)) continue;
      for (const [col, v] of Object.entries(cells)) {
        out.push({ question: spec.name, row_key: row, col_key: col, value: String(v), num: typeof v === 'number' ? v : null });
      }
    }
    return out;
  },
  result: (spec, slice) => ({
    kind: 'matrixdropdown',
    rows: Object.fromEntries(
      spec.rows.map((r) => [r, Object.fromEntries(spec.columns.map((c) => [c.name, slice.distribution(c.values, spec.name, r, c.name)]))]),
    ),
  }),
  columns: (spec) =>
    spec.rows.flatMap((row) =>
      spec.columns.map((c) =>
        matrixCellColumn(spec, DESCRIBE, { row, rowLabel: spec.rowLabels.get(row) ?? row, col: c.name, colLabel: c.title }, c.values, c.valueLabels),
      ),
    ),
  labels: (spec) => ({
    name: spec.name,
    title: spec.title,
    choices: new Map(),
    rows: spec.rowLabels,
    columns: new Map(spec.columns.map((c) => [c.name, c.title])),
  }),
};
