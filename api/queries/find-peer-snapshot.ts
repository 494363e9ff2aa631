import type { Kysely, Selectable } from 'kysely';
import type { Database, PeerSnapshotsTable } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** The snapshot a peer group is compared with, if it was ever taken. */
export async function findPeerSnapshot(db: Kysely<Database>, key: PeerGroupKey): Promise<Selectable<PeerSnapshotsTable> | undefined> {
  const row = await db
    .selectFrom('peer_snapshots')
    .selectAll()
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .executeTakeFirst();
  return row && row.taken_at !== '' ? row : undefined;
}
