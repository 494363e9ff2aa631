import type { CampaignChange } from '../../../analysis/campaign-change.js';
import { codeChanges, sharedCodes } from './choice.js';
import { matrixCellColumn } from './columns.js';
import { itemsOf, labelsOf, valuesOf } from './items.js';
import { isPlainObject } from '../answers.js';
import { checkCode, labelList, quoted, typeProblem, unknownRow } from './problems.js';
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
  validate(spec, value) {
    if (!isPlainObject(value)) return typeProblem(spec, 'un objet qui donne la réponse de chaque ligne', value);
    for (const [row, cell] of Object.entries(value)) {
      if (!spec.rows.includes(row)) return unknownRow(spec, row);
      const p = checkCode(spec, cell, spec.values, { row });
      if (p) return p;
    }
    return null;
  },
  incomplete(spec, value) {
    if (!spec.allRowsRequired || !isPlainObject(value)) return null;
    const missing = spec.rows.filter((r) => value[r] === undefined);
    if (missing.length === 0) return null;
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
