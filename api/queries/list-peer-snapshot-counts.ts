import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** The counts a peer group's snapshot froze: value '' counts those who answered. */
export async function listPeerSnapshotCounts(db: Kysely<Database>, key: PeerGroupKey) {
  return db
    .selectFrom('peer_snapshot_counts')
    .select(['question', 'row_key', 'col_key', 'value', 'n'])
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .execute();
}
