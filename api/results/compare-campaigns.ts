import type { QuestionChange } from '../instruments/kinds/question-kind.js';
import { kindOf, type InstrumentSpec } from '../instruments/question-spec.js';
import type { ResultsDocument } from './build-results-document.js';

export type { QuestionChange };

/**
 * The change of every code two campaigns share (same question code, same kind, common
 * choices and rows), each tested for significance by its kind. This is how the annual
 * survey is read against the 2016 survey: same codes, so the series runs across instruments.
 */
export function compareCampaigns(
  fromSpec: InstrumentSpec,
  fromDoc: ResultsDocument,
  toSpec: InstrumentSpec,
  toDoc: ResultsDocument,
): Record<string, QuestionChange> {
  const out: Record<string, QuestionChange> = {};
  for (const toQ of toSpec.questions.values()) {
    const fromQ = fromSpec.questions.get(toQ.name);
    if (!fromQ || fromQ.kind !== toQ.kind) continue;
    const before = fromDoc.questions[toQ.name];
    const after = toDoc.questions[toQ.name];
    if (!before || !after) continue;
    const change = kindOf(toSpec, toQ).change?.(fromQ, toQ, before, after);
    if (change) out[toQ.name] = change;
  }
  return out;
}
