import type { Answers } from '../answers.js';
import type { Cell, ExportColumn, Scalar, SpecBase } from './question-kind.js';
import { isPlainObject } from '../answers.js';

/**
 * The shapes of export columns the kinds are made of: a whole answer, one choice of a
 * multiple choice (1 when ticked), one row of a matrix, one cell of a matrix of dropdowns.
 * Imported cells arrive as spreadsheets give them: numbers in French (2,5) or English (2.5)
 * notation are read as numbers where the question expects numbers.
 */

/** An imported cell as the value the question expects: a number where numbers are expected, else the text. */
export function readValue(cell: string | number, numeric: boolean): Scalar {
  if (typeof cell === 'number') return cell;
  const asNumber = Number(cell.trim().replace(/\s/g, '').replace(',', '.'));
  return numeric && cell.trim() !== '' && Number.isFinite(asNumber) ? asNumber : cell;
}

const numericList = (values: readonly Scalar[] | undefined) => (values ?? [0]).every((v) => typeof v === 'number');

function scalarCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  return typeof v === 'number' || typeof v === 'string' ? v : String(v);
}

/** The whole answer in one column; `read` says how an imported cell is read back. */
export function wholeAnswerColumn(
  spec: SpecBase,
  describe: string,
  read: 'number' | 'text' | 'code',
  values?: readonly Scalar[],
  valueLabels?: ReadonlyMap<string, string>,
): ExportColumn {
  const numeric = read === 'number' || (read === 'code' && (values?.length ?? 0) > 0 && numericList(values));
  return {
    code: spec.name,
    label: spec.title,
    question: spec.name,
    describe,
    values,
    valueLabels,
    cellOf: (answers) => scalarCell(answers[spec.name]),
    readInto: (answers, cell) => {
      answers[spec.name] = read === 'text' ? String(cell) : readValue(cell as string | number, numeric);
    },
  };
}

/** One choice of a multiple choice: 1 when ticked. */
export function tickedChoiceColumn(spec: SpecBase, describe: string, choice: string, choiceLabel: string): ExportColumn {
  return {
    code: `${spec.name}.${choice}`,
    label: `${spec.title} — ${choiceLabel}`,
    question: spec.name,
    describe,
    values: [1],
    cellOf: (answers) => {
      const v = answers[spec.name];
      return Array.isArray(v) && v.map(String).includes(choice) ? 1 : null;
    },
    readInto: (answers, cell) => {
      if (String(cell).trim() === '1') ((answers[spec.name] ??= []) as unknown[]).push(choice);
    },
  };
}

/** One row of a matrix, or (with `col`) one cell of a matrix of dropdowns. */
export function matrixCellColumn(
  spec: SpecBase,
  describe: string,
  where: { row: string; rowLabel: string; col?: string; colLabel?: string },
  values: readonly Scalar[],
  valueLabels?: ReadonlyMap<string, string>,
): ExportColumn {
  const { row, col } = where;
  const numeric = values.length > 0 && numericList(values);
  return {
    code: col === undefined ? `${spec.name}.${row}` : `${spec.name}.${row}.${col}`,
    label: col === undefined ? `${spec.title} — ${where.rowLabel}` : `${spec.title} — ${where.rowLabel} — ${where.colLabel}`,
    question: spec.name,
    describe,
    values,
    valueLabels,
    cellOf: (answers) => {
      const v = answers[spec.name];
      if (!isPlainObject(v)) return null;
      const rowValue = v[row];
      return scalarCell(col === undefined ? rowValue : isPlainObject(rowValue) ? rowValue[col] : undefined);
    },
    readInto: (answers, cell) => {
      const rows = (answers[spec.name] ??= {}) as Answers;
      const value = readValue(cell as string | number, numeric);
      if (col === undefined) rows[row] = value;
      else ((rows[row] ??= {}) as Answers)[col] = value;
    },
  };
}
