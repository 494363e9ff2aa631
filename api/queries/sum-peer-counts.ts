import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerScope } from './count-peers.js';

/**
 * The pre-aggregated counts of a peer group (same type, and band when narrowed) for some
 * questions: how many complete responses gave each value to each question × row ×
 * column. The response itself is still in them; the caller takes it out.
 */
export async function sumPeerCounts(
  db: Kysely<Database>,
  scope: Omit<PeerScope, 'excludeId'>,
  questions: string[],
): Promise<{ question: string; row_key: string; col_key: string; value: string; n: number }[]> {
  let query = db
    .selectFrom('answer_counts')
    .select((eb) => ['question', 'row_key', 'col_key', 'value', eb.fn.sum<number>('n').as('n')])
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('collectivite_type', '=', scope.collectiviteType)
    .where('question', 'in', questions)
    .where('value', '!=', '');
  if (scope.stratePopulation !== null) query = query.where('strate_population', '=', scope.stratePopulation);
  const rows = await query.groupBy(['question', 'row_key', 'col_key', 'value']).execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
