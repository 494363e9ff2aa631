import { benjaminiHochberg } from '../../analysis/benjamini-hochberg.js';
import type { CampaignChange } from '../../analysis/campaign-change.js';
import type { QuestionChange } from '../instruments/kinds/question-kind.js';

/** A change whose test was read together with every other test of the same answer. */
export interface TestedChange extends CampaignChange {
  /** The p-value corrected for the number of tests read together (Benjamini–Hochberg); null when there was no test. */
  pAdjusted: number | null;
  /** Whether the corrected p-value is under `alpha`. */
  significant: boolean;
}

type Questions<C> = Record<string, QuestionChange<C>>;

/** Every change of a question, in a fixed order (codes, then rows and their codes). */
function changesOf<C>(q: QuestionChange<C>): C[] {
  return [...Object.values(q.codes ?? {}), ...Object.values(q.rows ?? {}).flatMap((cols) => Object.values(cols))];
}

/** The same question with each change replaced by `map(change)`. */
function mapChanges<C, D>(q: QuestionChange<C>, map: (c: C) => D): QuestionChange<D> {
  const mapRecord = (r: Record<string, C>) => Object.fromEntries(Object.entries(r).map(([k, c]) => [k, map(c)]));
  return {
    kind: q.kind,
    ...(q.codes ? { codes: mapRecord(q.codes) } : {}),
    ...(q.rows ? { rows: Object.fromEntries(Object.entries(q.rows).map(([row, cols]) => [row, mapRecord(cols)])) } : {}),
  };
}

/**
 * A page of trends runs dozens of tests; read one by one at 5 %, some would be "significant"
 * by chance alone. All the tests of the series given are corrected together (false
 * discovery rate, Benjamini–Hochberg), and a change is significant only when its corrected
 * p-value is under `alpha`. Changes with no test (a side with no respondent) stay untested.
 * Returns the series with each change tested, and how many tests were read together.
 */
export function adjustTrendTests<S extends { questions: Questions<CampaignChange> }>(
  series: S[],
  alpha = 0.05,
): { tests: number; series: (Omit<S, 'questions'> & { questions: Questions<TestedChange> })[] } {
  const all = series.flatMap((s) => Object.values(s.questions).flatMap(changesOf));
  const tested = all.filter((c) => c.p !== null);
  const corrected = benjaminiHochberg(tested.map((c) => c.p!));
  const adjusted = new Map(tested.map((c, i) => [c, corrected[i]!]));
  const mark = (c: CampaignChange): TestedChange => {
    const pAdjusted = adjusted.get(c) ?? null;
    return { ...c, pAdjusted, significant: pAdjusted !== null && pAdjusted < alpha };
  };
  return {
    tests: tested.length,
    series: series.map((s) => ({ ...s, questions: Object.fromEntries(Object.entries(s.questions).map(([code, q]) => [code, mapChanges(q, mark)])) })),
  };
}
