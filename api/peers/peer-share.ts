import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import type { LoadedInstrument, PeerFeature } from '../instruments/catalog.js';
import { countedCells } from '../instruments/counted-cells.js';
import { flattenAnswers } from '../instruments/flatten-answers.js';
import { autodiagnosticSteps } from './autodiagnostic-steps.js';

/** One row of a peer group's counts: how many members gave `value` (value '': how many answered). */
export interface PeerCount {
  question: string;
  row_key: string;
  col_key: string;
  value: string;
  n: number;
}

/** The question of the per-response step scores in a snapshot of groups compared on them. */
export const SCORE = 'score';
export const OVERALL = 'overall';

/** The questions whose pre-aggregated counts a group compared on coded answers is compared on. */
export function comparedQuestions(feature: PeerFeature): string[] {
  return feature.from === 'counts' ? [...new Set([...feature.numbers, ...feature.choices, feature.actions])] : [feature.actions];
}

/** A cell and the answered (base) row of its question × row × column, once each. */
function withBases(cells: { question: string; row_key: string; col_key: string; value: string }[]): PeerCount[] {
  const out: PeerCount[] = [];
  const answered = new Set<string>();
  for (const c of cells) {
    out.push({ ...c, n: 1 });
    const base = `${c.question}\u0000${c.row_key}\u0000${c.col_key}`;
    if (!answered.has(base)) {
      answered.add(base);
      out.push({ question: c.question, row_key: c.row_key, col_key: c.col_key, value: '', n: 1 });
    }
  }
  return out;
}

/**
 * What one response adds to its peer group's counts: its coded answers to the questions
 * compared (as the pre-aggregated counts hold them), and for groups compared on step
 * scores, its score on each step and overall.
 */
export function peerShare(instrument: LoadedInstrument, feature: PeerFeature, answers: Record<string, unknown>): PeerCount[] {
  const compared = new Set(comparedQuestions(feature));
  const coded = countedCells(instrument.spec, flattenAnswers(instrument.spec, answers)).filter((c) => compared.has(c.question));
  const cells: { question: string; row_key: string; col_key: string; value: string }[] = coded.map(({ question, row_key, col_key, value }) => ({ question, row_key, col_key, value }));
  if (feature.from === 'step-scores') {
    const score = scoreAutodiagnostic(autodiagnosticSteps(instrument.spec), answers);
    for (const [step, s] of Object.entries(score.steps)) cells.push({ question: SCORE, row_key: step, col_key: '', value: String(s.score) });
    cells.push({ question: SCORE, row_key: OVERALL, col_key: '', value: String(score.overall) });
  }
  return withBases(cells);
}

/** Counts summed by question × row × column × value. */
export function sumCounts(rows: Iterable<PeerCount>): PeerCount[] {
  const out = new Map<string, PeerCount>();
  for (const r of rows) {
    const key = `${r.question}\u0000${r.row_key}\u0000${r.col_key}\u0000${r.value}`;
    const row = out.get(key);
    if (row) row.n += r.n;
    else out.set(key, { ...r });
  }
  return [...out.values()];
}

/**
 * A member's share of its group, statistic by statistic: for each question × row × column
 * compared, the values it gives (the answered row '' included), and its membership itself
 * (MEMBERSHIP). Two shares are compared statistic by statistic: what changed, and for how
 * many members, decides which statistics of a snapshot may be replaced.
 */
export type StatisticShare = Record<string, string>;

/** The pseudo-statistic of a member's presence in the group (its size, `n`). */
export const MEMBERSHIP = '\u0001membres';

export const statisticOf = (c: Pick<PeerCount, 'question' | 'row_key' | 'col_key'>) => `${c.question}\u0000${c.row_key}\u0000${c.col_key}`;

/** The share of a member counted with these answers; none (an empty share) when it is not a member. */
export function statisticShare(instrument: LoadedInstrument, feature: PeerFeature, answers: Record<string, unknown> | null): StatisticShare {
  if (answers === null) return {};
  const values = new Map<string, string[]>();
  for (const c of peerShare(instrument, feature, answers)) values.set(statisticOf(c), [...(values.get(statisticOf(c)) ?? []), c.value]);
  return { [MEMBERSHIP]: 'membre', ...Object.fromEntries([...values].map(([statistic, v]) => [statistic, v.sort().join('\u0000')])) };
}

/** The statistics whose share differs between two shares of one member. */
export function changedStatistics(before: StatisticShare, after: StatisticShare): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((s) => before[s] !== after[s]);
}

/** A share back as count rows (one per value), to take a member out of its group's counts. */
export function shareCounts(share: StatisticShare): PeerCount[] {
  const out: PeerCount[] = [];
  for (const [statistic, values] of Object.entries(share)) {
    if (statistic === MEMBERSHIP) continue;
    const [question, row_key, col_key] = statistic.split('\u0000') as [string, string, string];
    for (const value of values.split('\u0000')) out.push({ question, row_key, col_key, value, n: 1 });
  }
  return out;
}
