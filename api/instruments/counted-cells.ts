import type { AnswerCell } from './kinds/question-kind.js';
import { kindOf, type InstrumentSpec } from './question-spec.js';

/** The profile codes the pre-aggregated counts are broken down by on every row. */
const PROFILE_GROUPS = ['collectivite_type', 'strate_population'] as const;
export type ProfileGroup = (typeof PROFILE_GROUPS)[number];

export function isProfileGroup(code: string | undefined): code is ProfileGroup {
  return (PROFILE_GROUPS as readonly string[]).includes(code ?? '');
}

/** A cell of the counts; `groups` when its answer also splits the counts into groups. */
export interface CountedCell extends AnswerCell {
  groups?: true;
}

/**
 * The respondent cell: one per counted response, whatever it answered, so that the number
 * of counted responses of a scope is a sum of count rows rather than a count of responses.
 * Its question '' is no question's name (a question needs a name) and its value '' makes
 * it a base only (countDeltas writes no value row for it).
 */
export const RESPONDENT_CELL: Readonly<CountedCell> = Object.freeze({ question: '', row_key: '', col_key: '', value: '', num: null });

/** Questions whose kind publishes them in aggregate (coded answers and numbers). */
export function isCountedQuestion(instrument: InstrumentSpec, code: string): boolean {
  const spec = instrument.questions.get(code);
  return spec !== undefined && kindOf(instrument, spec).counted;
}

/**
 * The single-choice questions other than the profile: the results may be broken down by
 * them, and the counts are kept split by their answer (answer_group_counts).
 */
export function isGroupingQuestion(instrument: InstrumentSpec, code: string): boolean {
  const spec = instrument.questions.get(code);
  return spec !== undefined && kindOf(instrument, spec).singleChoice && !isProfileGroup(code);
}

/**
 * The cells that feed the pre-aggregated counts: the respondent cell, then the counted
 * questions' cells. Free texts and the collectivity are never published, so they are never
 * counted.
 */
export function countedCells(instrument: InstrumentSpec, cells: AnswerCell[]): CountedCell[] {
  const counted: CountedCell[] = [RESPONDENT_CELL];
  for (const c of cells) {
    if (!isCountedQuestion(instrument, c.question)) continue;
    // A copy only for the few grouping answers: the answer rows are written from `cells`.
    counted.push(c.row_key === '' && c.col_key === '' && isGroupingQuestion(instrument, c.question) ? { ...c, groups: true } : c);
  }
  return counted;
}
