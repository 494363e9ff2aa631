import type { InstrumentSpec } from './question-spec.js';
import { isEmptyAnswer, isPlainObject } from './validate-answers.js';

/** One normalised answer: question × row × column (empty strings when the question has none). */
export interface AnswerCell {
  question: string;
  row_key: string;
  col_key: string;
  value: string;
  num: number | null;
}

function cell(question: string, row_key: string, col_key: string, v: unknown): AnswerCell {
  return { question, row_key, col_key, value: String(v), num: typeof v === 'number' ? v : null };
}

/**
 * Turns validated answers into rows for `answer_values`. A multiple choice gives one row per
 * chosen code, a matrix one row per answered row, a matrixdropdown one per answered cell.
 */
export function flattenAnswers(instrument: InstrumentSpec, answers: Record<string, unknown>): AnswerCell[] {
  const out: AnswerCell[] = [];
  for (const spec of instrument.questions.values()) {
    const value = answers[spec.name];
    if (isEmptyAnswer(value)) continue;
    switch (spec.kind) {
      case 'multi':
        for (const v of value as unknown[]) out.push(cell(spec.name, '', '', v));
        break;
      case 'matrix':
        for (const [row, v] of Object.entries(value as Record<string, unknown>)) out.push(cell(spec.name, row, '', v));
        break;
      case 'matrixdropdown':
        for (const [row, cells] of Object.entries(value as Record<string, unknown>)) {
          if (!isPlainObject(cells)) continue;
          for (const [col, v] of Object.entries(cells)) out.push(cell(spec.name, row, col, v));
        }
        break;
      default:
        out.push(cell(spec.name, '', '', value));
    }
  }
  return out;
}
