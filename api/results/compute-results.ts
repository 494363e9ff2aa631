import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';
import { countResponsesByGroup } from '../queries/count-responses-by-group.js';
import type { ResultsScope } from '../queries/sum-answer-counts.js';
import { sumAnswerCounts } from '../queries/sum-answer-counts.js';
import { buildResultsDocument, type ResultsDocument } from './build-results-document.js';

/** Aggregates in SQL, statistics in analysis/: the results document of one survey and campaign. */
export async function computeResults(
  db: Kysely<Database>,
  spec: InstrumentSpec,
  scope: ResultsScope,
  k: number,
): Promise<ResultsDocument> {
  // Coded answers come from the pre-aggregated counts, whatever the breakdown.
  const coded = (s: ResultsScope) => sumAnswerCounts(db, s);
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
