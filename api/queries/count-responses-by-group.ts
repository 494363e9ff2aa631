import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { RESPONDENT_CELL } from '../instruments/counted-cells.js';
import type { ResultsScope } from './sum-answer-counts.js';

/**
 * Counted responses of the scope (complete, verified, one per collectivity), in total and
 * per group when grouped, all read from the pre-aggregated counts, so the cost does not grow
 * with the number of responses: the total is the sum of the respondent cells of the
 * campaign's profiles, and a response is in group X when its answer to the single-choice
 * grouping question is X, which is exactly the count of that answer.
 */
export async function countResponsesByGroup(
  db: Kysely<Database>,
  scope: ResultsScope,
): Promise<{ total: number; groups: { grp: string; n: number }[] }> {
  const total = await db
    .selectFrom('answer_counts')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.val(0)).as('n'))
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('question', '=', RESPONDENT_CELL.question)
    .where('row_key', '=', RESPONDENT_CELL.row_key)
    .where('col_key', '=', RESPONDENT_CELL.col_key)
    .where('value', '=', RESPONDENT_CELL.value)
    .executeTakeFirstOrThrow();
  if (!scope.groupBy) return { total: Number(total.n), groups: [] };
  const groups = await db
    .selectFrom('answer_counts')
    .select((eb) => ['value as grp', eb.fn.sum<number>('n').as('n')])
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('question', '=', scope.groupBy)
    .where('row_key', '=', '')
    .where('col_key', '=', '')
    .where('value', '!=', '')
    .groupBy('value')
    .execute();
  return { total: Number(total.n), groups: groups.filter((g) => Number(g.n) > 0).map((g) => ({ grp: g.grp, n: Number(g.n) })) };
}
