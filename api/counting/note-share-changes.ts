import type { Insertable, Kysely } from 'kysely';
import type { Database, PeerChangesTable } from '../db/schema.js';
import type { Catalog } from '../instruments/catalog.js';
import { statisticShare } from '../peers/peer-share.js';
import { insertPeerChanges } from '../queries/insert-peer-changes.js';
import { insertPublicationChanges } from '../queries/insert-publication-changes.js';

/** Where a response stands in the peer groups: its type and population band. */
export interface Profile {
  collectivite_type: string | null;
  strate_population: string | null;
}

/** A response whose share of the aggregates changes. */
export interface ShareChange {
  id: string;
  survey_id: string;
  campaign: string;
  /** What it was counted with before, and where (null: it was not counted). */
  before: (Profile & { answers: string }) | null;
  /** Where it is counted now (null: it is not counted now). */
  now: Profile | null;
}

/** Only collectivities of a known type have peers. */
export const hasPeerType = (type: string | null): type is string => type !== null && type !== '' && type !== 'autre';

/** The peer groups a profile belongs to: its whole type, and its type and population band. */
function groupsOf(p: Profile | null): { collectivite_type: string; strate_population: string }[] {
  if (!p || !hasPeerType(p.collectivite_type)) return [];
  const type = { collectivite_type: p.collectivite_type, strate_population: '' };
  return p.strate_population ? [type, { collectivite_type: p.collectivite_type, strate_population: p.strate_population }] : [type];
}

const sameGroup = (a: { collectivite_type: string; strate_population: string }, b: typeof a) =>
  a.collectivite_type === b.collectivite_type && a.strate_population === b.strate_population;

/**
 * Notes changes in what the aggregates hold, in the write's transaction, for the two
 * things that publish them by snapshot: the campaign's results (a republication compares
 * with what was published) and, for instruments that compare peers, each peer group the
 * response leaves or joins, with the share that group's snapshot holds of it. The first
 * note since a snapshot is kept: it describes what the snapshot holds.
 */
export async function noteShareChanges(db: Kysely<Database>, catalog: Catalog, changes: ShareChange[]): Promise<void> {
  await insertPublicationChanges(
    db,
    changes.map((c) => ({ survey_id: c.survey_id, campaign: c.campaign, response_id: c.id, before_answers: c.before?.answers ?? null })),
  );
  const rows: Insertable<PeerChangesTable>[] = [];
  for (const c of changes) {
    const instrument = catalog.get(c.survey_id);
    const feature = instrument?.features.peers;
    if (!instrument || !feature) continue;
    const before = groupsOf(c.before);
    const share = c.before ? JSON.stringify(statisticShare(instrument, feature, JSON.parse(c.before.answers) as Record<string, unknown>)) : '{}';
    for (const group of [...before, ...groupsOf(c.now).filter((g) => !before.some((b) => sameGroup(b, g)))]) {
      const wasMember = before.some((b) => sameGroup(b, group));
      rows.push({ survey_id: c.survey_id, campaign: c.campaign, ...group, response_id: c.id, before_share: wasMember ? share : '{}' });
    }
  }
  await insertPeerChanges(db, rows);
}
