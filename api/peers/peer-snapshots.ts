import type { Kysely, Selectable } from 'kysely';
import type { Database, PeerSnapshotsTable } from '../db/schema.js';
import type { LoadedInstrument, PeerFeature } from '../instruments/catalog.js';
import { claimPeerSnapshot } from '../queries/claim-peer-snapshot.js';
import { countGroupMembers } from '../queries/count-group-members.js';
import { countPeerChanges } from '../queries/count-peer-changes.js';
import { findPeerSnapshot } from '../queries/find-peer-snapshot.js';
import { listGroupMembers } from '../queries/list-group-members.js';
import type { PeerGroupKey } from '../queries/peer-group-key.js';
import { replacePeerSnapshot } from '../queries/replace-peer-snapshot.js';
import { comparedQuestions, peerShare, sumCounts } from './peer-share.js';

/** The day a snapshot stands for (midnight UTC): what readers are told, rather than the exact time. */
export const dayOf = (instant: string) => `${instant.slice(0, 10)}T00:00:00.000Z`;

/**
 * Whether a group's snapshot may be replaced now. At most once a day; and, when the
 * snapshot shows figures (k members or more), only once more than k members changed: then
 * any reader — itself possibly one of the changed — sees at least k others' changes mixed
 * in the difference between two snapshots, never one peer's. A snapshot too small to show
 * anything may be replaced daily: there is nothing to compare it with.
 */
export function mayReplace(snapshot: Pick<Selectable<PeerSnapshotsTable>, 'taken_at' | 'n'> | undefined, changes: number, now: string, k: number): boolean {
  if (!snapshot) return true;
  if (dayOf(now) <= dayOf(snapshot.taken_at)) return false;
  return changes > 0 && (snapshot.n < k || changes > k);
}

async function takeSnapshot(trx: Kysely<Database>, instrument: LoadedInstrument, feature: PeerFeature, key: PeerGroupKey, now: string): Promise<void> {
  if (feature.from === 'counts') {
    await replacePeerSnapshot(trx, key, { taken_at: now, n: await countGroupMembers(trx, key) }, { fromAnswerCounts: comparedQuestions(feature) });
    return;
  }
  const members = await listGroupMembers(trx, key);
  const rows = sumCounts(members.flatMap((m) => peerShare(instrument, feature, JSON.parse(m.answers) as Record<string, unknown>)));
  await replacePeerSnapshot(trx, key, { taken_at: now, n: members.length }, { rows });
}

/**
 * The snapshot a peer group is read from, taken when the group has none and replaced when
 * the rules allow (mayReplace). Readers call it; the service's daily round calls it too, so
 * that a reader seldom waits for one to be taken.
 */
export async function currentPeerSnapshot(
  db: Kysely<Database>,
  instrument: LoadedInstrument,
  feature: PeerFeature,
  key: PeerGroupKey,
  now: string,
  k: number,
): Promise<Selectable<PeerSnapshotsTable>> {
  const seen = await findPeerSnapshot(db, key);
  if (seen && !mayReplace(seen, await countPeerChanges(db, key), now, k)) return seen;
  return db.transaction().execute(async (trx) => {
    const claimed = await claimPeerSnapshot(trx, key);
    const held = claimed.taken_at === '' ? undefined : claimed;
    // Checked again under the lock: another reader may have just taken it.
    if (!held || mayReplace(held, await countPeerChanges(trx, key), now, k)) await takeSnapshot(trx, instrument, feature, key, now);
    return (await findPeerSnapshot(trx, key))!;
  });
}
