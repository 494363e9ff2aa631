import { choiceDistribution } from '../../analysis/choice-distribution.js';
import { suppressGroups } from '../../analysis/suppress-groups.js';
import { statsFromFrequencies } from '../../analysis/frequency-stats.js';
import type { QuestionResult } from '../instruments/kinds/index.js';
import type { Distribution, ResultSlice, Scalar } from '../instruments/kinds/question-kind.js';
import { kindOf, type InstrumentSpec } from '../instruments/question-spec.js';
import type { AnswerBase } from '../queries/sum-answer-counts.js';
import type { AnswerCount } from '../queries/sum-answer-counts.js';

export type { Distribution, QuestionResult };

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

/** The aggregates of one group (or of everybody: grp null), indexed for the kinds to read. */
class Slice implements ResultSlice {
  private readonly table = new Map<string, Record<string, number>>();
  private readonly bases = new Map<string, number>();

  constructor(data: AggregatedAnswers, grp: string | null) {
    for (const c of data.counts) {
      if (c.grp !== grp) continue;
      const k = key(c.question, c.row_key, c.col_key);
      const entry = this.table.get(k) ?? {};
      entry[c.value] = c.n;
      this.table.set(k, entry);
    }
    for (const b of data.bases) if (b.grp === grp) this.bases.set(key(b.question, b.row_key, b.col_key), b.base);
  }

  counts(question: string, row = '', col = ''): Record<string, number> {
    return this.table.get(key(question, row, col)) ?? {};
  }

  base(question: string, row = '', col = ''): number {
    return this.bases.get(key(question, row, col)) ?? 0;
  }

  distribution(values: readonly Scalar[], question: string, row = '', col = ''): Distribution {
    const counts = this.counts(question, row, col);
    const d: Distribution = choiceDistribution(values.map(String), counts, this.base(question, row, col));
    if (values.length > 0 && values.every((v) => typeof v === 'number')) d.stats = statsFromFrequencies(counts);
    return d;
  }
}

/**
 * Every publishable question of the instrument, each computed by its kind on one slice.
 * Kinds that publish nothing (free texts, the collectivity itself: they would name or quote
 * a respondent) give no result.
 */
function questionsOf(spec: InstrumentSpec, slice: Slice): Record<string, QuestionResult> {
  const out: Record<string, QuestionResult> = {};
  for (const q of spec.questions.values()) {
    // A kind's result is its own part of the document; the built-in kinds' make up QuestionResult.
    const result = kindOf(spec, q).result(q, slice) as QuestionResult | undefined;
    if (result !== undefined) out[q.name] = result;
  }
  return out;
}

const REASON_SMALL = (k: number) => `Moins de ${k} réponses : résultats non publiés pour que personne ne puisse être reconnu.`;
const REASON_SECONDARY =
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
