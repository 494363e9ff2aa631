import { choiceDistribution } from '../../analysis/choice-distribution.js';
import { nestedGroups, type Overlap } from '../../analysis/nested-groups.js';
import { suppressGroups } from '../../analysis/suppress-groups.js';
import { NOT_ANSWERED, withBlankGroup } from './breakdown-overlaps.js';
import { statsFromFrequencies } from '../../analysis/frequency-stats.js';
import type { QuestionResult } from '../instruments/kinds/index.js';
import type { Distribution, ResultSlice, Scalar } from '../instruments/kinds/question-kind.js';
import { kindOf, type InstrumentSpec } from '../instruments/question-spec.js';
import type { AnswerBase } from '../queries/sum-answer-counts.js';
import type { AnswerCount } from '../queries/sum-answer-counts.js';

export type { Distribution, QuestionResult };

/**
 * A question's part of the document. `sourced` is only on a reconstruction's results
 * (mark-sourced.ts): whether the figures its source published constrain the question.
 */
export type DocumentQuestion = QuestionResult & { sourced?: boolean };

export interface GroupResult {
  n: number;
  suppressed: boolean;
  reason?: string;
  questions?: Record<string, DocumentQuestion>;
}

export interface ResultsDocument {
  surveyId: string;
  campaign: string;
  n: number;
  suppressionK: number;
  suppressed: boolean;
  reason?: string;
  questions: Record<string, DocumentQuestion>;
  groupBy?: string;
  groups?: Record<string, GroupResult>;
}

export interface AggregatedAnswers {
  total: number;
  /** The groups of the breakdown, blank answers left out (they form the `non_renseigne` group). */
  groups: { grp: string; n: number }[];
  counts: AnswerCount[];
  bases: AnswerBase[];
  /** The other breakdowns' groups, with what they share with these groups. */
  overlaps?: Overlap[];
}

const keyOf = (question: string, row: string, col: string) => `${question}\u0000${row}\u0000${col}`;

/** The aggregates of one group (or of everybody: grp null), indexed for the kinds to read. */
class Slice implements ResultSlice {
  private constructor(
    private readonly table: Map<string, Record<string, number>>,
    private readonly bases: Map<string, number>,
    readonly k: number,
  ) {}

  static of(data: AggregatedAnswers, grp: string | null, k: number): Slice {
    const table = new Map<string, Record<string, number>>();
    const bases = new Map<string, number>();
    for (const c of data.counts) {
      if (c.grp !== grp) continue;
      const key = keyOf(c.question, c.row_key, c.col_key);
      const entry = table.get(key) ?? {};
      entry[c.value] = c.n;
      table.set(key, entry);
    }
    for (const b of data.bases) if (b.grp === grp) bases.set(keyOf(b.question, b.row_key, b.col_key), b.base);
    return new Slice(table, bases, k);
  }

  /** What remains of `whole` once the `parts` are taken out: the respondents in none of them. */
  static rest(whole: Slice, parts: Slice[]): Slice {
    const table = new Map([...whole.table].map(([key, counts]) => [key, { ...counts }]));
    const bases = new Map(whole.bases);
    for (const part of parts) {
      for (const [key, counts] of part.table) {
        const entry = table.get(key) ?? {};
        for (const [value, n] of Object.entries(counts)) entry[value] = (entry[value] ?? 0) - n;
        table.set(key, entry);
      }
      for (const [key, n] of part.bases) bases.set(key, (bases.get(key) ?? 0) - n);
    }
    return new Slice(table, bases, whole.k);
  }

  counts(question: string, row = '', col = ''): Record<string, number> {
    return this.table.get(keyOf(question, row, col)) ?? {};
  }

  base(question: string, row = '', col = ''): number {
    return this.bases.get(keyOf(question, row, col)) ?? 0;
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

const REASON_SMALL = (k: number) => `Moins de ${k} réponses\u202f: résultats non publiés pour que personne ne puisse être reconnu.`;
const REASON_NESTED = (k: number) =>
  `Résultats retenus\u202f: ce groupe diffère de moins de ${k} réponses d’un groupe d’un autre regroupement, et la différence des deux ferait connaître ces réponses.`;
const REASON_SECONDARY =
  'Résultats retenus aussi\u202f: publiés, ils permettraient de retrouver par différence ceux d’un groupe trop petit.';

/**
 * Assembles the results document of spec/api.md from SQL aggregates. A breakdown's groups,
 * the blank answers included as `non_renseigne`, are withheld when smaller than k, when
 * another breakdown's group nearly contains them (or they it), and — secondary
 * suppression — when what is withheld could otherwise be recovered from the total.
 */
export function buildResultsDocument(
  spec: InstrumentSpec,
  scope: { surveyId: string; campaign: string; groupBy?: string },
  data: AggregatedAnswers,
  k: number,
): ResultsDocument {
  const tooSmall = data.total < k;
  const whole = Slice.of(data, null, k);
  const doc: ResultsDocument = {
    surveyId: scope.surveyId,
    campaign: scope.campaign,
    n: data.total,
    suppressionK: k,
    suppressed: tooSmall,
    questions: tooSmall ? {} : questionsOf(spec, whole),
  };
  if (tooSmall) doc.reason = REASON_SMALL(k);
  if (!scope.groupBy) return doc;
  doc.groupBy = scope.groupBy;
  const slices = new Map(data.groups.map((g) => [g.grp, Slice.of(data, g.grp, k)]));
  const groups = withBlankGroup(data.groups, data.total);
  if (groups.some((g) => g.key === NOT_ANSWERED)) slices.set(NOT_ANSWERED, Slice.rest(whole, [...slices.values()]));
  const nested = nestedGroups(groups, data.overlaps ?? [], k);
  const withheld = suppressGroups(groups, k, nested);
  doc.groups = {};
  for (const g of [...groups].sort((a, b) => b.n - a.n || a.key.localeCompare(b.key))) {
    if (tooSmall || withheld.has(g.key)) {
      const reason = g.n < k ? REASON_SMALL(k) : nested.has(g.key) ? REASON_NESTED(k) : REASON_SECONDARY;
      doc.groups[g.key] = { n: g.n, suppressed: true, reason };
    } else {
      doc.groups[g.key] = { n: g.n, suppressed: false, questions: questionsOf(spec, slices.get(g.key)!) };
    }
  }
  return doc;
}
