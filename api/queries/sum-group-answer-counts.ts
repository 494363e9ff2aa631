import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** A peer group's pre-aggregated counts of some questions, as they stand now (value '': how many answered). */
export async function sumGroupAnswerCounts(db: Kysely<Database>, key: PeerGroupKey, questions: string[]) {
  if (questions.length === 0) return [];
  let query = db
    .selectFrom('answer_counts')
    .select((eb) => ['question', 'row_key', 'col_key', 'value', eb.fn.sum<number>('n').as('n')])
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('question', 'in', questions);
  if (key.strate_population !== '') query = query.where('strate_population', '=', key.strate_population);
  const rows = await query.groupBy(['question', 'row_key', 'col_key', 'value']).execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) })).filter((r) => r.n > 0);
}
