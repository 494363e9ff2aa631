import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** The counted responses of a peer group, with their answers (groups compared on per-response scores are small). */
export async function listGroupMembers(db: Kysely<Database>, key: PeerGroupKey) {
  let query = db
    .selectFrom('responses')
    .select(['id', 'answers'])
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('counted', '=', 1)
    .where('collectivite_type', '=', key.collectivite_type);
  if (key.strate_population !== '') query = query.where('strate_population', '=', key.strate_population);
  return query.execute();
}
