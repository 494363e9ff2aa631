import { choiceDistribution, type ChoiceDistribution } from '../../analysis/choice-distribution.js';
import type { SummaryStats } from '../../analysis/summary-stats.js';
import { suppressGroups } from '../../analysis/suppress-groups.js';
import { statsFromFrequencies } from '../../analysis/frequency-stats.js';
import type { InstrumentSpec, Scalar } from '../instruments/question-spec.js';
import type { AnswerBase } from '../queries/count-answer-bases.js';
import type { AnswerCount } from '../queries/count-answers.js';

export type Distribution = ChoiceDistribution & { stats?: SummaryStats | null };

export type QuestionResult =
  | ({ kind: 'choice' | 'multi' | 'rating' } & Distribution)
  | { kind: 'matrix'; rows: Record<string, Distribution> }
  | { kind: 'matrixdropdown'; rows: Record<string, Record<string, Distribution>> }
  | { kind: 'number'; base: number; stats: SummaryStats | null };

export interface GroupResult {
  n: number;
  suppressed: boolean;
  reason?: string;
  questions?: Record<string, QuestionResult>;
}

export interface ResultsDocument {
  surveyId: string;
  campaign: string;
  n: number;
  suppressionK: number;
  suppressed: boolean;
  reason?: string;
  questions: Record<string, QuestionResult>;
  groupBy?: string;
  groups?: Record<string, GroupResult>;
}

export interface AggregatedAnswers {
  total: number;
  groups: { grp: string; n: number }[];
  counts: AnswerCount[];
  bases: AnswerBase[];
}

const key = (question: string, row: string, col: string) => `${question}\u0000${row}\u0000${col}`;

/** The aggregates of one group (or of everybody: grp null), indexed for the builder. */
class Slice {
  readonly counts = new Map<string, Record<string, number>>();
  readonly bases = new Map<string, number>();

  constructor(data: AggregatedAnswers, grp: string | null) {
    for (const c of data.counts) {
      if (c.grp !== grp) continue;
      const k = key(c.question, c.row_key, c.col_key);
      const entry = this.counts.get(k) ?? {};
      entry[c.value] = c.n;
      this.counts.set(k, entry);
    }
    for (const b of data.bases) if (b.grp === grp) this.bases.set(key(b.question, b.row_key, b.col_key), b.base);
  }

  distribution(values: Scalar[], question: string, row = '', col = ''): Distribution {
    const k = key(question, row, col);
    const counts = this.counts.get(k) ?? {};
    const d: Distribution = choiceDistribution(values.map(String), counts, this.bases.get(k) ?? 0);
    if (values.length > 0 && values.every((v) => typeof v === 'number')) d.stats = statsFromFrequencies(counts);
    return d;
  }
}

/**
 * Every publishable question of the instrument, computed on one slice. Free texts and the
 * collectivity itself are never published: they would name or quote a respondent.
 */
function questionsOf(spec: InstrumentSpec, slice: Slice): Record<string, QuestionResult> {
  const out: Record<string, QuestionResult> = {};
  for (const q of spec.questions.values()) {
    switch (q.kind) {
      case 'choice':
      case 'multi':
      case 'rating':
        out[q.name] = { kind: q.kind, ...slice.distribution(q.values, q.name) };
        break;
      case 'matrix':
        out[q.name] = { kind: 'matrix', rows: Object.fromEntries(q.rows.map((r) => [r, slice.distribution(q.values, q.name, r)])) };
        break;
      case 'matrixdropdown':
        out[q.name] = {
          kind: 'matrixdropdown',
          rows: Object.fromEntries(
            q.rows.map((r) => [r, Object.fromEntries(q.columns.map((c) => [c.name, slice.distribution(c.values, q.name, r, c.name)]))]),
          ),
        };
        break;
      case 'number': {
        const k = key(q.name, '', '');
        out[q.name] = { kind: 'number', base: slice.bases.get(k) ?? 0, stats: statsFromFrequencies(slice.counts.get(k) ?? {}) };
        break;
      }
      case 'external':
      case 'text':
        break;
    }
  }
  return out;
}

export const REASON_SMALL = (k: number) => `Moins de ${k} réponses : résultats non publiés pour que personne ne puisse être reconnu.`;
export const REASON_SECONDARY =
  'Résultats retenus aussi : publiés, ils permettraient de retrouver par différence ceux d’un groupe trop petit.';

/** Assembles the results document of spec/api.md from SQL aggregates, with small groups withheld. */
export function buildResultsDocument(
  spec: InstrumentSpec,
  scope: { surveyId: string; campaign: string; groupBy?: string },
  data: AggregatedAnswers,
  k: number,
): ResultsDocument {
  const tooSmall = data.total < k;
  const doc: ResultsDocument = {
    surveyId: scope.surveyId,
    campaign: scope.campaign,
    n: data.total,
    suppressionK: k,
    suppressed: tooSmall,
    questions: tooSmall ? {} : questionsOf(spec, new Slice(data, null)),
  };
  if (tooSmall) doc.reason = REASON_SMALL(k);
  if (!scope.groupBy) return doc;
  doc.groupBy = scope.groupBy;
  const withheld = suppressGroups(data.groups.map((g) => ({ key: g.grp, n: g.n })), k);
  doc.groups = {};
  for (const g of [...data.groups].sort((a, b) => b.n - a.n || a.grp.localeCompare(b.grp))) {
    if (tooSmall || withheld.has(g.grp)) {
      doc.groups[g.grp] = { n: g.n, suppressed: true, reason: g.n < k ? REASON_SMALL(k) : REASON_SECONDARY };
    } else {
      doc.groups[g.grp] = { n: g.n, suppressed: false, questions: questionsOf(spec, new Slice(data, g.grp)) };
    }
  }
  return doc;
}
