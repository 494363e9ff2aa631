import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';
import { countResponsesByGroup } from '../queries/count-responses-by-group.js';
import type { ResultsScope } from '../queries/sum-answer-counts.js';
import { sumAnswerCounts } from '../queries/sum-answer-counts.js';
import { isGroupingQuestion, isProfileGroup } from '../instruments/counted-cells.js';
import { countBreakdownOverlaps } from '../queries/count-breakdown-overlaps.js';
import { breakdownOverlaps, withBlankGroup } from './breakdown-overlaps.js';
import { buildResultsDocument, type ResultsDocument } from './build-results-document.js';

/** Every other question the results may be broken down by, with what its groups share with this breakdown's. */
async function overlapsWithOtherBreakdowns(
  db: Kysely<Database>,
  spec: InstrumentSpec,
  scope: ResultsScope & { groupBy: string },
  sizes: { total: number; groups: { grp: string; n: number }[] },
) {
  const others = [...spec.questions.keys()].filter((q) => q !== scope.groupBy && (isProfileGroup(q) || isGroupingQuestion(spec, q)));
  const counts = await countBreakdownOverlaps(db, scope, others);
  return breakdownOverlaps(counts, scope.groupBy, withBlankGroup(sizes.groups, sizes.total), sizes.total);
}

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
  const overlaps = scope.groupBy ? await overlapsWithOtherBreakdowns(db, spec, { ...scope, groupBy: scope.groupBy }, sizes) : [];
  return buildResultsDocument(
    spec,
    scope,
    {
      ...sizes,
      counts: [...all.counts, ...grouped.counts],
      bases: [...all.bases, ...grouped.bases],
      overlaps,
    },
    k,
  );
}
