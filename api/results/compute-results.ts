import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';
import { countAnswerBases } from '../queries/count-answer-bases.js';
import { countAnswers } from '../queries/count-answers.js';
import { countResponsesByGroup } from '../queries/count-responses-by-group.js';
import type { ResultsScope } from '../queries/scoped-answers.js';
import { isProfileGroup, sumAnswerCounts, type ProfileGroup } from '../queries/sum-answer-counts.js';
import { buildResultsDocument, type ResultsDocument } from './build-results-document.js';

/** Aggregates in SQL, statistics in analysis/: the results document of one survey and campaign. */
export async function computeResults(
  db: Kysely<Database>,
  spec: InstrumentSpec,
  scope: ResultsScope,
  k: number,
): Promise<ResultsDocument> {
  // Coded answers come from the pre-aggregated counts when the breakdown is by profile (or
  // none); any other single-choice breakdown groups the answer rows themselves.
  const coded = async (s: ResultsScope) =>
    !s.groupBy || isProfileGroup(s.groupBy)
      ? sumAnswerCounts(db, { surveyId: s.surveyId, campaign: s.campaign, groupBy: s.groupBy as ProfileGroup | undefined })
      : { counts: await countAnswers(db, s), bases: await countAnswerBases(db, s) };
  // The whole campaign is aggregated on its own, not summed from the groups: a response
  // that did not answer the grouping question belongs to no group but counts in the total.
  const whole = { surveyId: scope.surveyId, campaign: scope.campaign };
  const [sizes, all, grouped] = await Promise.all([
    countResponsesByGroup(db, scope),
    coded(whole),
    scope.groupBy ? coded(scope) : Promise.resolve({ counts: [], bases: [] }),
  ]);
  return buildResultsDocument(
    spec,
    scope,
    {
      ...sizes,
      counts: [...all.counts, ...grouped.counts],
      bases: [...all.bases, ...grouped.bases],
    },
    k,
  );
}
