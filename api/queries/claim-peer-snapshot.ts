import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/**
 * Locks the snapshot row of a peer group for the rest of the transaction, creating it empty
 * (never taken: `taken_at` '') when the group has none: the no-op update takes the row lock
 * on PostgreSQL (SQLite's write transactions hold the whole file), so that two readers never
 * replace the same snapshot at once.
 */
export async function claimPeerSnapshot(trx: Kysely<Database>, key: PeerGroupKey): Promise<void> {
  await trx
    .insertInto('peer_snapshots')
    .values({ ...key, taken_at: '', n: 0 })
    .onConflict((oc) => oc.columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population']).doNothing())
    .execute();
  await trx
    .updateTable('peer_snapshots')
    .set((eb) => ({ n: eb.ref('n') }))
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .execute();
}
