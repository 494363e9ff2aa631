import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Catalog } from '../instruments/catalog.js';
import { listPeerSnapshotKeys } from '../queries/list-peer-snapshot-keys.js';
import { currentPeerSnapshot } from './peer-snapshots.js';

/**
 * The service's round over the peer groups: each snapshot that the rules allow to be
 * replaced is replaced now, so that a reader seldom waits for one. Returns how many groups
 * were looked at.
 */
export async function refreshPeerSnapshots(db: Kysely<Database>, catalog: Catalog, now: string, k: number): Promise<number> {
  const keys = await listPeerSnapshotKeys(db);
  for (const key of keys) {
    const instrument = catalog.get(key.survey_id);
    const feature = instrument?.features.peers;
    if (instrument && feature) await currentPeerSnapshot(db, instrument, feature, key, now, k);
  }
  return keys.length;
}
