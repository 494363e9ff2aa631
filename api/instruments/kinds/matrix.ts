import type { CampaignChange } from '../../../analysis/campaign-change.js';
import { codeChanges, sharedCodes } from './choice.js';
import { matrixCellColumn } from './columns.js';
import { itemsOf, labelsOf, valuesOf } from './items.js';
import { checkCode, labelList, quoted, refused, typeProblem, unknownRow } from './problems.js';
import { codeSchema, firstInAnswerOrder, valueAt } from './schema.js';
import type { Distribution, QuestionKind, Scalar, SpecBase } from './question-kind.js';

/** One code per row, the same codes for every row (a grid of radio buttons). */
export interface MatrixSpec extends SpecBase {
  kind: 'matrix';
  rows: string[];
  rowLabels: Map<string, string>;
  values: Scalar[];
  valueLabels: Map<string, string>;
  /** A complete response answers every row. */
  allRowsRequired: boolean;
}

export type MatrixResult = { kind: 'matrix'; rows: Record<string, Distribution> };

const DESCRIBE = 'ligne de tableau';

export const matrix: QuestionKind<MatrixSpec, MatrixResult> = {
  describe: DESCRIBE,
  counted: true,
  singleChoice: false,
  reads: (e) => e.type === 'matrix',
  compile(e, base) {
    const rows = itemsOf(e.rows);
    const columns = itemsOf(e.columns);
    return {
      ...base,
      kind: 'matrix',
      rows: valuesOf(rows).map(String),
      rowLabels: labelsOf(rows),
      values: valuesOf(columns),
      valueLabels: labelsOf(columns),
      allRowsRequired: e.isAllRowRequired === true,
    };
  },
  schema: (spec) => ({
    type: 'object',
    properties: Object.fromEntries(spec.rows.map((row) => [row, codeSchema(spec.values)])),
    additionalProperties: false,
  }),
  completeSchema: (spec) => (spec.allRowsRequired ? { type: 'object', required: spec.rows } : null),
  problem(spec, errors, value) {
    const first = firstInAnswerOrder(errors, value);
    if (first.keyword === 'additionalProperties') return unknownRow(spec, String(first.params.additionalProperty));
    if (first.path.length > 0) return checkCode(spec, valueAt(value, first.path), spec.values, { row: first.path[0] }) ?? refused(spec);
    if (first.keyword === 'type') return typeProblem(spec, 'un objet qui donne la réponse de chaque ligne', value);
    // `required`: a complete response answers every row.
    const missing = spec.rows.filter((r) => errors.some((e) => e.keyword === 'required' && e.params.missingProperty === r));
    return {
      question: spec.name,
      code: 'lignes_manquantes',
      message: `Répondez à toutes les lignes de ${quoted(spec)}\u202f; il manque\u202f: ${labelList(missing, spec.rowLabels)}.`,
      row: missing[0],
    };
  },
  cells: (spec, value) =>
    Object.entries(value as Record<string, unknown>).map(([row, v]) => ({
      question: spec.name,
      row_key: row,
      col_key: '',
      value: String(v),
      num: typeof v === 'number' ? v : null,
    })),
  result: (spec, slice) => ({ kind: 'matrix', rows: Object.fromEntries(spec.rows.map((r) => [r, slice.distribution(spec.values, spec.name, r)])) }),
  change(from, to, before, after) {
    const codes = sharedCodes(from.values, to.values);
    if (codes.length === 0) return null;
    const rows: Record<string, Record<string, CampaignChange>> = {};
    for (const row of to.rows.filter((r) => from.rows.includes(r))) {
      const a = before.rows[row];
      const b = after.rows[row];
      if (a && b) rows[row] = codeChanges(codes, a, b);
    }
    return { kind: 'matrix', rows };
  },
  columns: (spec) =>
    spec.rows.map((row) => matrixCellColumn(spec, DESCRIBE, { row, rowLabel: spec.rowLabels.get(row) ?? row }, spec.values, spec.valueLabels)),
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: new Map(), rows: spec.rowLabels, columns: spec.valueLabels }),
};
