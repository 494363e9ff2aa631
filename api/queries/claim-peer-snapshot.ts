import type { Kysely, Selectable } from 'kysely';
import type { Database, PeerSnapshotsTable } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/**
 * The snapshot row of a peer group, created empty (never taken: `taken_at` '') when the
 * group has none, and locked for the rest of the transaction (the no-op update takes the
 * row lock on PostgreSQL; SQLite's write transactions hold the whole file), so that two
 * readers never take the same snapshot at once.
 */
export async function claimPeerSnapshot(trx: Kysely<Database>, key: PeerGroupKey): Promise<Selectable<PeerSnapshotsTable>> {
  await trx
    .insertInto('peer_snapshots')
    .values({ ...key, taken_at: '', n: 0 })
    .onConflict((oc) => oc.columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population']).doNothing())
    .execute();
  const group = (q: ReturnType<typeof trx.updateTable<'peer_snapshots'>>) =>
    q
      .where('survey_id', '=', key.survey_id)
      .where('campaign', '=', key.campaign)
      .where('collectivite_type', '=', key.collectivite_type)
      .where('strate_population', '=', key.strate_population);
  await group(trx.updateTable('peer_snapshots').set((eb) => ({ n: eb.ref('n') }))).execute();
  return trx
    .selectFrom('peer_snapshots')
    .selectAll()
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .executeTakeFirstOrThrow();
}
