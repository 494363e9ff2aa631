import { isEmptyAnswer, type Answers } from './answers.js';
import type { AnswerCell } from './kinds/question-kind.js';
import { kindOf, type InstrumentSpec } from './question-spec.js';

/**
 * Turns validated answers into normalised cells, each question by its kind: a multiple
 * choice gives one cell per chosen code, a matrix one per answered row, a matrix of
 * drop-downs one per answered cell.
 */
export function flattenAnswers(instrument: InstrumentSpec, answers: Answers): AnswerCell[] {
  const out: AnswerCell[] = [];
  for (const spec of instrument.questions.values()) {
    const value = answers[spec.name];
    if (!isEmptyAnswer(value)) out.push(...kindOf(instrument, spec).cells(spec, value));
  }
  return out;
}
