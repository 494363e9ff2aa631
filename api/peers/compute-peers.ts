import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import { choosePeerGroup } from '../../analysis/peers/choose-peer-group.js';
import { commonPeerActions, type PeerAction } from '../../analysis/peers/common-peer-actions.js';
import { compareChoice, type ChoiceComparison } from '../../analysis/peers/compare-choice.js';
import { compareNumber, frequencies, type NumberComparison } from '../../analysis/peers/compare-number.js';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { countPeers, type PeerScope } from '../queries/count-peers.js';
import { flattenAnswers } from '../instruments/flatten-answers.js';
import { listPeerAnswers, type PeerAnswer } from '../queries/list-peer-answers.js';
import { sumPeerCounts } from '../queries/sum-peer-counts.js';
import { autodiagnosticSteps } from './autodiagnostic-steps.js';

export interface PeerComparison {
  peerGroup: { collectivite_type: string | null; strate_population: string | null; n: number };
  suppressed: boolean;
  reason?: string;
  numbers?: Record<string, NumberComparison>;
  choices?: Record<string, ChoiceComparison>;
  /** Typology actions carried out by at least half of the peers and not by this collectivity. */
  gaps?: PeerAction[];
}

type Answers = Record<string, unknown>;

/** Rebuilds each peer's answers from normalised rows: { question: value | { row: value } }. */
function peersFromRows(rows: PeerAnswer[]): Map<string, Answers> {
  const peers = new Map<string, Answers>();
  for (const r of rows) {
    const answers = peers.get(r.response_id) ?? {};
    const value = r.num ?? r.value;
    if (r.row_key === '') answers[r.question] = value;
    else ((answers[r.question] ??= {}) as Record<string, unknown>)[r.row_key] = value;
    peers.set(r.response_id, answers);
  }
  return peers;
}

/**
 * Where a response stands against its peers (spec/api.md): same survey and campaign, same
 * type, narrowed to the same population band when that group reaches k, itself excluded;
 * nothing shown under k.
 */
export async function computePeers(
  db: Kysely<Database>,
  instrument: LoadedInstrument,
  row: Selectable<ResponsesTable>,
  k: number,
): Promise<PeerComparison> {
  const feature = instrument.features.peers;
  if (!feature) {
    throw new DomainError('invalide', 'comparaison_indisponible', 'La comparaison avec les pairs existe pour l’enquête annuelle et l’autodiagnostic seulement.');
  }
  const type = row.collectivite_type;
  if (!type || type === 'autre') {
    return {
      peerGroup: { collectivite_type: type, strate_population: null, n: 0 },
      suppressed: true,
      reason: 'Indiquez un type de collectivité (région, département, métropole…) pour être comparé à des collectivités comparables.',
    };
  }
  const base = { surveyId: row.survey_id, campaign: row.campaign, excludeId: row.id, collectiviteType: type };
  const sizes = await countPeers(db, { ...base, stratePopulation: row.strate_population }, row.status === 'complete');
  const group = choosePeerGroup(sizes.sameType, sizes.sameTypeAndBand, k);
  const peerGroup = { collectivite_type: type, strate_population: group.narrowed ? row.strate_population : null, n: group.n };
  if (group.suppressed) {
    return {
      peerGroup,
      suppressed: true,
      reason: `Trop peu de collectivités comparables ont répondu (${group.n}, il en faut au moins ${k}) : aucune comparaison n’est montrée, pour que personne ne puisse être reconnu.`,
    };
  }
  const scope: PeerScope = { ...base, stratePopulation: peerGroup.strate_population };
  const own = JSON.parse(row.answers) as Answers;
  const spec = instrument.spec.questions;
  const typology = spec.get(feature.actions);
  const typologyRows = typology?.kind === 'matrix' ? typology.rows : [];

  const numbers: Record<string, NumberComparison> = {};
  const choices: Record<string, ChoiceComparison> = {};
  const carriedOut: Record<string, number> = {};

  if (feature.from === 'step-scores') {
    // Step scores are per response: computed from the peers' answers (a self-diagnosis
    // peer group is small).
    const steps = autodiagnosticSteps(instrument.spec);
    const peers = [...peersFromRows(await listPeerAnswers(db, scope, [...steps.map((s) => s.code), feature.actions])).values()];
    // A peer that left every step blank still counts, with zero scores.
    while (peers.length < group.n) peers.push({});
    const mine = scoreAutodiagnostic(steps, own);
    const theirs = peers.map((p) => scoreAutodiagnostic(steps, p));
    for (const step of steps) {
      numbers[step.code] = compareNumber(mine.steps[step.code]!.score, frequencies(theirs.map((t) => t.steps[step.code]!.score)));
    }
    numbers.overall = compareNumber(mine.overall, frequencies(theirs.map((t) => t.overall)));
    for (const p of peers) {
      for (const [action, v] of Object.entries((p[feature.actions] ?? {}) as Answers)) {
        if (v === 'realisee') carriedOut[action] = (carriedOut[action] ?? 0) + 1;
      }
    }
  } else {
    // The annual survey can have tens of thousands of peers: their distributions come from
    // the pre-aggregated counts, less this response's own answers when it is counted there.
    const questions = [...feature.numbers, ...feature.choices];
    const table = new Map<string, Record<string, number>>();
    const key = (q: string, r: string, c: string) => `${q}\u0000${r}\u0000${c}`;
    for (const c of await sumPeerCounts(db, scope, questions)) {
      const k = key(c.question, c.row_key, c.col_key);
      table.set(k, { ...(table.get(k) ?? {}), [c.value]: c.n });
    }
    if (row.status === 'complete') {
      for (const cell of flattenAnswers(instrument.spec, own)) {
        const counts = table.get(key(cell.question, cell.row_key, cell.col_key));
        if (counts && counts[cell.value]) counts[cell.value]! -= 1;
      }
    }
    for (const q of feature.numbers) {
      numbers[q] = compareNumber(typeof own[q] === 'number' ? (own[q] as number) : null, table.get(key(q, '', '')) ?? {});
    }
    for (const q of feature.choices) {
      const qs = spec.get(q);
      if (qs?.kind !== 'matrix') continue;
      const mine = (own[q] ?? {}) as Answers;
      for (const r of qs.rows) {
        const value = typeof mine[r] === 'string' ? (mine[r] as string) : null;
        choices[`${q}.${r}`] = compareChoice(value, qs.values.map(String), table.get(key(q, r, '')) ?? {});
      }
    }
    for (const action of typologyRows) carriedOut[action] = table.get(key(feature.actions, action, ''))?.realisee ?? 0;
  }
  const gaps = commonPeerActions(own[feature.actions] as Answers | undefined, carriedOut, group.n, typologyRows);
  return { peerGroup, suppressed: false, numbers, choices, gaps };
}
