import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ResultsScope } from './scoped-answers.js';

/** Complete responses of the scope, in total (grp null) and per group when grouped. */
export async function countResponsesByGroup(
  db: Kysely<Database>,
  scope: ResultsScope,
): Promise<{ total: number; groups: { grp: string; n: number }[] }> {
  const total = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('status', '=', 'complete')
    .executeTakeFirstOrThrow();
  if (!scope.groupBy) return { total: Number(total.n), groups: [] };
  const groups = await db
    .selectFrom('answer_values')
    .select((eb) => [sql<string>`value`.as('grp'), eb.fn.countAll<number>().as('n')])
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('status', '=', 'complete')
    .where('question', '=', scope.groupBy)
    .where('row_key', '=', '')
    .where('col_key', '=', '')
    .groupBy('value')
    .execute();
  return { total: Number(total.n), groups: groups.map((g) => ({ grp: g.grp, n: Number(g.n) })) };
}
