import type { Kysely, Selectable } from 'kysely';
import type { Database, PeerSnapshotsTable } from '../db/schema.js';
import type { LoadedInstrument, PeerFeature } from '../instruments/catalog.js';
import { claimPeerSnapshot } from '../queries/claim-peer-snapshot.js';
import { countGroupMembers } from '../queries/count-group-members.js';
import { findPeerSnapshot } from '../queries/find-peer-snapshot.js';
import { listGroupMembers } from '../queries/list-group-members.js';
import { listPeerChanges } from '../queries/list-peer-changes.js';
import { listPeerSnapshotCounts } from '../queries/list-peer-snapshot-counts.js';
import type { PeerGroupKey } from '../queries/peer-group-key.js';
import { replacePeerSnapshot } from '../queries/replace-peer-snapshot.js';
import { sumGroupAnswerCounts } from '../queries/sum-group-answer-counts.js';
import { updatePeerChanges } from '../queries/update-peer-changes.js';
import {
  changedStatistics,
  comparedQuestions,
  MEMBERSHIP,
  peerShare,
  statisticOf,
  statisticShare,
  sumCounts,
  type StatisticShare,
} from './peer-share.js';

/** The day a snapshot stands for (midnight UTC): what readers are told, rather than the exact time. */
export const dayOf = (instant: string) => `${instant.slice(0, 10)}T00:00:00.000Z`;

type Snapshot = Pick<Selectable<PeerSnapshotsTable>, 'taken_at' | 'n'>;

/**
 * Which statistics of a group's snapshot may be replaced now: none before the next day;
 * every one that changed when the snapshot shows nothing yet (fewer than k members: there
 * is nothing to compare it with); otherwise those that more than k members changed — so
 * that any reader, itself possibly one of them, finds in the difference between two
 * snapshots, statistic by statistic, at least k others' changes mixed, never one peer's.
 * `changed` gives, per statistic (MEMBERSHIP: the group's size), how many members changed it.
 */
export function replaceableStatistics(snapshot: Snapshot | undefined, changed: ReadonlyMap<string, number>, now: string, k: number): 'all' | Set<string> {
  if (!snapshot) return 'all';
  if (dayOf(now) <= dayOf(snapshot.taken_at)) return new Set();
  if (snapshot.n < k) return changed.size > 0 ? 'all' : new Set();
  return new Set([...changed].filter(([, n]) => n > k).map(([statistic]) => statistic));
}

interface Note {
  response_id: string;
  before: StatisticShare;
  after: StatisticShare;
}

/** The group's notes, each with the share its snapshot holds of the member and the share the member has now. */
async function readNotes(db: Kysely<Database>, instrument: LoadedInstrument, feature: PeerFeature, key: PeerGroupKey): Promise<Note[]> {
  return (await listPeerChanges(db, key)).map((note) => {
    const member =
      note.counted === 1 &&
      note.collectivite_type === key.collectivite_type &&
      (key.strate_population === '' || note.strate_population === key.strate_population);
    const answers = member && note.answers ? (JSON.parse(note.answers) as Record<string, unknown>) : null;
    return { response_id: note.response_id, before: JSON.parse(note.before_share) as StatisticShare, after: statisticShare(instrument, feature, answers) };
  });
}

function countChanges(notes: Note[]): Map<string, number> {
  const changed = new Map<string, number>();
  for (const note of notes) for (const s of changedStatistics(note.before, note.after)) changed.set(s, (changed.get(s) ?? 0) + 1);
  return changed;
}

/** The group's counts as they stand now, with its size. */
async function currentCounts(trx: Kysely<Database>, instrument: LoadedInstrument, feature: PeerFeature, key: PeerGroupKey) {
  if (feature.from === 'counts') return null; // copied in SQL: see takeWholeSnapshot
  const members = await listGroupMembers(trx, key);
  return { n: members.length, rows: sumCounts(members.flatMap((m) => peerShare(instrument, feature, JSON.parse(m.answers) as Record<string, unknown>))) };
}

async function takeWholeSnapshot(trx: Kysely<Database>, instrument: LoadedInstrument, feature: PeerFeature, key: PeerGroupKey, now: string): Promise<void> {
  const current = await currentCounts(trx, instrument, feature, key);
  if (current) await replacePeerSnapshot(trx, key, { taken_at: now, n: current.n }, { rows: current.rows });
  else await replacePeerSnapshot(trx, key, { taken_at: now, n: await countGroupMembers(trx, key) }, { fromAnswerCounts: comparedQuestions(feature) });
}

/**
 * Replaces some statistics of a snapshot and keeps the others as they were: the counts of
 * the replaced ones come from the group as it stands now, the notes learn that the snapshot
 * now holds those statistics as the members now give them.
 */
async function replaceStatistics(
  trx: Kysely<Database>,
  instrument: LoadedInstrument,
  feature: PeerFeature,
  key: PeerGroupKey,
  snapshot: Snapshot,
  replaced: Set<string>,
  notes: Note[],
  now: string,
): Promise<void> {
  const current = (await currentCounts(trx, instrument, feature, key)) ?? {
    n: await countGroupMembers(trx, key),
    rows: await sumGroupAnswerCounts(trx, key, comparedQuestions(feature)),
  };
  const kept = (await listPeerSnapshotCounts(trx, key)).filter((r) => !replaced.has(statisticOf(r)));
  const fresh = current.rows.filter((r) => replaced.has(statisticOf(r)));
  const n = replaced.has(MEMBERSHIP) ? current.n : snapshot.n;
  await replacePeerSnapshot(trx, key, { taken_at: now, n }, { rows: [...kept, ...fresh] }, { keepChanges: true });
  await updatePeerChanges(
    trx,
    key,
    notes.map((note) => {
      const before = { ...note.before };
      for (const s of replaced) {
        if (note.after[s] === undefined) delete before[s];
        else before[s] = note.after[s];
      }
      return { response_id: note.response_id, before_share: changedStatistics(before, note.after).length === 0 ? null : JSON.stringify(before) };
    }),
  );
}

/**
 * The snapshot a peer group is read from: taken when the group has none, and its
 * statistics replaced as the rules allow (replaceableStatistics). Readers call it; the
 * service's hourly round calls it too, so that a reader seldom waits for one.
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
  if (seen && dayOf(now) <= dayOf(seen.taken_at)) return seen;
  if (seen) {
    const replaceable = replaceableStatistics(seen, countChanges(await readNotes(db, instrument, feature, key)), now, k);
    if (replaceable !== 'all' && replaceable.size === 0) return seen;
  }
  return db.transaction().execute(async (trx) => {
    await claimPeerSnapshot(trx, key);
    const held = await findPeerSnapshot(trx, key);
    // Decided again under the lock: another reader may have just replaced it.
    const notes = held ? await readNotes(trx, instrument, feature, key) : [];
    const replaceable = replaceableStatistics(held, countChanges(notes), now, k);
    if (replaceable === 'all') await takeWholeSnapshot(trx, instrument, feature, key, now);
    else if (replaceable.size > 0) await replaceStatistics(trx, instrument, feature, key, held!, replaceable, notes, now);
    return (await findPeerSnapshot(trx, key))!;
  });
}
