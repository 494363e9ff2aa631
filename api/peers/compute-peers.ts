import { choosePeerGroup } from '../../analysis/peers/choose-peer-group.js';
import { commonPeerActions, type PeerAction } from '../../analysis/peers/common-peer-actions.js';
import { compareChoice, type ChoiceComparison } from '../../analysis/peers/compare-choice.js';
import { compareNumber, type NumberComparison } from '../../analysis/peers/compare-number.js';
import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PeerSnapshotsTable, ResponsesTable } from '../db/schema.js';
import { hasPeerType } from '../counting/note-share-changes.js';
import { DomainError } from '../domain/domain-error.js';
import type { LoadedInstrument, PeerFeature } from '../instruments/catalog.js';
import { findPeerChange } from '../queries/find-peer-change.js';
import { listPeerSnapshotCounts } from '../queries/list-peer-snapshot-counts.js';
import type { PeerGroupKey } from '../queries/peer-group-key.js';
import { autodiagnosticSteps } from './autodiagnostic-steps.js';
import { MEMBERSHIP, OVERALL, SCORE, shareCounts, statisticShare, type PeerCount, type StatisticShare } from './peer-share.js';
import { currentPeerSnapshot, dayOf } from './peer-snapshots.js';

export interface PeerComparison {
  /** `n` only when figures are shown: a withheld group's size is withheld too. */
  peerGroup: { collectivite_type: string | null; strate_population: string | null; n?: number; asOf?: string };
  suppressed: boolean;
  reason?: string;
  numbers?: Record<string, NumberComparison>;
  choices?: Record<string, ChoiceComparison>;
  /** Typology actions carried out by at least half of the peers and not by this collectivity. */
  gaps?: PeerAction[];
}

type Answers = Record<string, unknown>;
type Row = Selectable<ResponsesTable>;

/** The group's snapshot counts, less the reader's own share as that snapshot counted it. */
class PeerTable {
  private readonly table = new Map<string, Record<string, number>>();

  constructor(counts: PeerCount[], own: PeerCount[]) {
    for (const c of counts) this.add(c, c.n);
    for (const c of own) this.add(c, -c.n);
  }

  private add(c: PeerCount, n: number): void {
    const key = `${c.question}\u0000${c.row_key}\u0000${c.col_key}`;
    const entry = this.table.get(key) ?? {};
    entry[c.value] = (entry[c.value] ?? 0) + n;
    this.table.set(key, entry);
  }

  /** Value → how many peers gave it (without the '' answered row). */
  values(question: string, row = ''): Record<string, number> {
    const { '': _answered, ...values } = this.table.get(`${question}\u0000${row}\u0000`) ?? {};
    return values;
  }
}

/**
 * The reader's share as its group's snapshot holds it: as noted when it changed since, or
 * its current one when it has not changed and counts; an empty share when it is not in it.
 */
async function ownAtSnapshot(db: Kysely<Database>, instrument: LoadedInstrument, feature: PeerFeature, key: PeerGroupKey, row: Row): Promise<StatisticShare> {
  const change = await findPeerChange(db, key, row.id);
  if (change) return JSON.parse(change.before_share) as StatisticShare;
  const inGroup = row.collectivite_type === key.collectivite_type && (key.strate_population === '' || row.strate_population === key.strate_population);
  return row.counted === 1 && inGroup ? statisticShare(instrument, feature, JSON.parse(row.answers) as Answers) : {};
}

function compare(instrument: LoadedInstrument, feature: PeerFeature, table: PeerTable, own: Answers, n: number, k: number) {
  const numbers: Record<string, NumberComparison> = {};
  const choices: Record<string, ChoiceComparison> = {};
  const spec = instrument.spec.questions;
  if (feature.from === 'step-scores') {
    const mine = scoreAutodiagnostic(autodiagnosticSteps(instrument.spec), own);
    for (const [step, s] of Object.entries(mine.steps)) numbers[step] = compareNumber(s.score, table.values(SCORE, step), k);
    numbers[OVERALL] = compareNumber(mine.overall, table.values(SCORE, OVERALL), k);
  } else {
    for (const q of feature.numbers) numbers[q] = compareNumber(typeof own[q] === 'number' ? own[q] : null, table.values(q), k);
    for (const q of feature.choices) {
      const qs = spec.get(q);
      if (qs?.kind !== 'matrix') continue;
      const mine = (own[q] ?? {}) as Answers;
      for (const r of qs.rows) choices[`${q}.${r}`] = compareChoice(typeof mine[r] === 'string' ? mine[r] : null, qs.values.map(String), table.values(q, r), k);
    }
  }
  const typology = spec.get(feature.actions);
  const actions = typology?.kind === 'matrix' ? typology.rows : [];
  const carriedOut = Object.fromEntries(actions.map((a) => [a, table.values(feature.actions, a).realisee ?? 0]));
  const gaps = commonPeerActions(own[feature.actions] as Answers | undefined, carriedOut, n, actions);
  return { numbers, choices, gaps };
}

/**
 * Where a response stands against its peers (spec/api.md, "Peer comparison"): verified
 * responses of the same survey, campaign and type — narrowed to the same population band
 * when that group has k members — read from the group's snapshot, the reader taken out;
 * nothing at all under k.
 */
export async function computePeers(db: Kysely<Database>, instrument: LoadedInstrument, row: Row, k: number, now: string): Promise<PeerComparison> {
  const feature = instrument.features.peers;
  if (!feature) {
    throw new DomainError('invalide', 'comparaison_indisponible', 'La comparaison avec les pairs existe pour l’enquête annuelle et l’autodiagnostic seulement.');
  }
  const type = row.collectivite_type;
  if (!hasPeerType(type)) {
    return {
      peerGroup: { collectivite_type: type, strate_population: null },
      suppressed: true,
      reason: 'Indiquez un type de collectivité (région, département, métropole…) pour être comparé à des collectivités comparables.',
    };
  }
  const typeKey: PeerGroupKey = { survey_id: row.survey_id, campaign: row.campaign, collectivite_type: type, strate_population: '' };
  const bandKey = row.strate_population ? { ...typeKey, strate_population: row.strate_population } : null;
  const read = async (key: PeerGroupKey) => {
    const snapshot: Selectable<PeerSnapshotsTable> = await currentPeerSnapshot(db, instrument, feature, key, now, k);
    const own = await ownAtSnapshot(db, instrument, feature, key, row);
    return { key, snapshot, own, peers: snapshot.n - (own[MEMBERSHIP] ? 1 : 0) };
  };
  const whole = await read(typeKey);
  const band = bandKey ? await read(bandKey) : null;
  const choice = choosePeerGroup(whole.peers, band?.peers ?? null, k);
  const chosen = choice.narrowed && band ? band : whole;
  const peerGroup = { collectivite_type: type, strate_population: choice.narrowed ? row.strate_population : null, asOf: dayOf(chosen.snapshot.taken_at) };
  if (choice.suppressed) {
    return {
      peerGroup,
      suppressed: true,
      reason: `Trop peu de collectivités comparables ont répondu (il en faut au moins ${k})\u202f: aucune comparaison n’est montrée, pour que personne ne puisse être reconnu.`,
    };
  }
  const counts = await listPeerSnapshotCounts(db, chosen.key);
  const table = new PeerTable(counts, shareCounts(chosen.own));
  const own = JSON.parse(row.answers) as Answers;
  return { peerGroup: { ...peerGroup, n: chosen.peers }, suppressed: false, ...compare(instrument, feature, table, own, chosen.peers, k) };
}
