import type { Insertable, Kysely } from 'kysely';
import type { Database, PeerChangesTable } from '../db/schema.js';

const ROWS_PER_STATEMENT = 5000;

/**
 * Notes members whose share of their peer groups changed since the groups' snapshots. The
 * first note of a member since a snapshot is kept (ON CONFLICT DO NOTHING): it holds the
 * answers the member was counted with at that snapshot.
 */
export async function insertPeerChanges(db: Kysely<Database>, rows: Insertable<PeerChangesTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db
      .insertInto('peer_changes')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflict((oc) => oc.columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'response_id']).doNothing())
      .execute();
  }
}
