import type { Insertable, Kysely } from 'kysely';
import type { Database, PeerChangesTable } from '../db/schema.js';
import type { Catalog } from '../instruments/catalog.js';
import { insertPeerChanges } from '../queries/insert-peer-changes.js';

/** A response whose share of the aggregates changed, with the answers it was counted with before (null: it was not counted). */
export interface ShareChange {
  id: string;
  survey_id: string;
  campaign: string;
  collectivite_type: string | null;
  strate_population: string | null;
  before: string | null;
}

/** Only collectivities of a known type have peers. */
export const hasPeerType = (type: string | null): type is string => type !== null && type !== '' && type !== 'autre';

/**
 * Notes the changes in the peer groups the responses belong to: the group of their type and
 * population band, and the group of their whole type (each has its own snapshot). Only for
 * instruments that compare peers.
 */
export async function notePeerChanges(db: Kysely<Database>, catalog: Catalog, changes: ShareChange[]): Promise<void> {
  const rows: Insertable<PeerChangesTable>[] = [];
  for (const c of changes) {
    if (!catalog.get(c.survey_id)?.features.peers || !hasPeerType(c.collectivite_type)) continue;
    const key = { survey_id: c.survey_id, campaign: c.campaign, collectivite_type: c.collectivite_type, response_id: c.id, before_answers: c.before };
    rows.push({ ...key, strate_population: '' });
    if (c.strate_population) rows.push({ ...key, strate_population: c.strate_population });
  }
  await insertPeerChanges(db, rows);
}
