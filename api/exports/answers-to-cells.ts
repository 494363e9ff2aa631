import type { Cell } from '../instruments/kinds/question-kind.js';
import type { Column, ExportedResponse } from './columns.js';

export type { ExportedResponse };

/** The value of each column for one response: numbers stay numbers, absent answers are null. */
export function answersToCells(columns: Column[], r: ExportedResponse): Cell[] {
  return columns.map((c) => c.cellOf(r));
}
