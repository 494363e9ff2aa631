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
