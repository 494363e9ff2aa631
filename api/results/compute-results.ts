import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';
import { countAnswerBases } from '../queries/count-answer-bases.js';
import { countAnswers } from '../queries/count-answers.js';
import { countResponsesByGroup } from '../queries/count-responses-by-group.js';
import { listNumbers } from '../queries/list-numbers.js';
import type { ResultsScope } from '../queries/scoped-answers.js';
import { buildResultsDocument, type ResultsDocument } from './build-results-document.js';

/** Aggregates in SQL, statistics in analysis/: the results document of one survey and campaign. */
export async function computeResults(
  db: Kysely<Database>,
  spec: InstrumentSpec,
  scope: ResultsScope,
  k: number,
): Promise<ResultsDocument> {
  const numberQuestions = [...spec.questions.values()].filter((q) => q.kind === 'number').map((q) => q.name);
  const aggregate = (s: ResultsScope) =>
    Promise.all([countAnswers(db, s), countAnswerBases(db, s), listNumbers(db, s, numberQuestions)]);
  // The whole campaign is aggregated on its own, not summed from the groups: a response
  // that did not answer the grouping question belongs to no group but counts in the total.
  const whole = { surveyId: scope.surveyId, campaign: scope.campaign };
  const [sizes, [counts, bases, numbers], grouped] = await Promise.all([
    countResponsesByGroup(db, scope),
    aggregate(whole),
    scope.groupBy ? aggregate(scope) : Promise.resolve(null),
  ]);
  return buildResultsDocument(
    spec,
    scope,
    {
      ...sizes,
      counts: [...counts, ...(grouped?.[0] ?? [])],
      bases: [...bases, ...(grouped?.[1] ?? [])],
      numbers: [...numbers, ...(grouped?.[2] ?? [])],
    },
    k,
  );
}
