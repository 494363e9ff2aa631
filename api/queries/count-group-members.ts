import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/**
 * How many counted responses a peer group has, from the pre-aggregated counts: every
 * counted response of a type answered `collectivite_type`, so its base row counts them.
 */
export async function countGroupMembers(db: Kysely<Database>, key: PeerGroupKey): Promise<number> {
  let query = db
    .selectFrom('answer_counts')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.val(0)).as('n'))
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('question', '=', 'collectivite_type')
    .where('row_key', '=', '')
    .where('col_key', '=', '')
    .where('value', '=', '');
  if (key.strate_population !== '') query = query.where('strate_population', '=', key.strate_population);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
