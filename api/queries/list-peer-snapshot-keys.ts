import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** Every peer group that has a snapshot. */
export async function listPeerSnapshotKeys(db: Kysely<Database>): Promise<PeerGroupKey[]> {
  return db.selectFrom('peer_snapshots').select(['survey_id', 'campaign', 'collectivite_type', 'strate_population']).execute();
}
