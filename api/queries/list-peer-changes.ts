import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** The members of a peer group noted as changed since its snapshot, with the share the snapshot holds of each, and what they are now. */
export async function listPeerChanges(db: Kysely<Database>, key: PeerGroupKey) {
  return db
    .selectFrom('peer_changes as c')
    .leftJoin('responses as r', 'r.id', 'c.response_id')
    .select(['c.response_id', 'c.before_share', 'r.answers', 'r.counted', 'r.collectivite_type', 'r.strate_population'])
    .where('c.survey_id', '=', key.survey_id)
    .where('c.campaign', '=', key.campaign)
    .where('c.collectivite_type', '=', key.collectivite_type)
    .where('c.strate_population', '=', key.strate_population)
    .execute();
}
