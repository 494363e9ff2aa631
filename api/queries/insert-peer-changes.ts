import type { Insertable, Kysely } from 'kysely';
import type { Database, PeerChangesTable } from '../db/schema.js';
import { insertRows, type RowColumn } from '../db/insert-rows.js';

const KEY = ['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'response_id'] as const;
const COLUMNS: readonly RowColumn[] = [...KEY, 'before_share'].map((name) => ({ name, pg: 'text' }));

/**
 * Notes members whose share of their peer groups changed since the groups' snapshots. The
 * first note of a member since a snapshot is kept (ON CONFLICT DO NOTHING): it holds the
 * answers the member was counted with at that snapshot.
 */
export async function insertPeerChanges(db: Kysely<Database>, rows: Insertable<PeerChangesTable>[]): Promise<void> {
  await insertRows(
    db,
    'peer_changes',
    COLUMNS,
    rows.map((r) => [r.survey_id, r.campaign, r.collectivite_type, r.strate_population, r.response_id, r.before_share]),
    { key: KEY, ignore: true },
  );
}
