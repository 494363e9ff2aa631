import type { ChoiceDistribution } from '../../../analysis/choice-distribution.js';
import type { CampaignChange } from '../../../analysis/campaign-change.js';
import type { SummaryStats } from '../../../analysis/summary-stats.js';
import type { Answers } from '../answers.js';
import type { QuestionJson } from '../walk-questions.js';
import type { JsonSchema, SchemaError } from './schema.js';

/**
 * What a question kind is, in one interface: every place that needs to know how a kind of
 * question behaves (compilation, validation, storage, counts, results, trends, exports,
 * imports, labels) asks its kind through this interface instead of branching on it.
 * Members are methods so that a table of kinds can hold each kind with its own spec type.
 * What an answer may be is said in JSON Schema (`schema`), so that an instrument's rules
 * compile once into one validator and can be handed to integrators as they are.
 */
export interface QuestionKind<S extends KindSpec = KindSpec, R = unknown> {
  /** Whether this kind reads that SurveyJS element; exactly one kind of a table may. */
  reads(element: QuestionJson): boolean;
  /** What the server needs of the element: its codes, labels and bounds. */
  compile(element: QuestionJson, base: SpecBase): S;
  /** How the codebook of an export describes its cells, in French. */
  readonly describe: string;
  /** Its answers feed the pre-aggregated counts (they are published in aggregate). */
  readonly counted: boolean;
  /** One code among a list: results may be broken down by it, and counts kept split by it. */
  readonly singleChoice: boolean;
  /** The JSON Schema (draft 2020-12) of an answer given to it: compiled once per instrument, checked at every write. */
  schema(spec: S): JsonSchema;
  /** What a complete response's answer must also hold beyond being given (every row of a matrix); absent: nothing. */
  completeSchema?(spec: S): JsonSchema | null;
  /** The French problem of an answer its schemas refused, from the compiled validator's errors about it (never empty). */
  problem(spec: S, errors: readonly SchemaError[], value: unknown): Problem;
  /** A rule no schema can say, checked once the schema accepted the answer (a lookup in an outside list). */
  check?(spec: S, value: unknown, context: ValidationContext): Problem | null;
  /** A validated answer as normalised cells, one per chosen code, row or matrix cell. */
  cells(spec: S, value: unknown): AnswerCell[];
  /** Its part of a results document, read from one slice of the counts; undefined when never published. */
  result(spec: S, slice: ResultSlice): R | undefined;
  /** How the shares of its codes moved between two campaigns; absent when that is not meaningful. */
  change?(from: S, to: S, before: R, after: R): QuestionChange | null;
  /** Its columns in an export (each one knows how to write and read back its cell). */
  columns(spec: S): ExportColumn[];
  /** Titles and labels for people: its title, and the label of each code, row and column. */
  labels(spec: S): QuestionLabels;
}

export type Scalar = string | number;

/** What every compiled question has. */
export interface SpecBase {
  name: string;
  title: string;
  required: boolean;
  /** SurveyJS `visibleIf` expression, when the question is conditional. */
  visibleIf: string | null;
  /** SurveyJS `requiredIf` expression, when the question is required only under a condition. */
  requiredIf: string | null;
}

export interface KindSpec extends SpecBase {
  kind: string;
}

/** One problem, named after the question it concerns; the message is a French sentence for the respondent. */
export interface Problem {
  question: string;
  code: string;
  message: string;
  row?: string;
  column?: string;
  [key: string]: unknown;
}

/** Lookups for questions answered from an outside list (the registry): true when the value exists there. */
export type ExternalLookups = Record<string, (value: string) => boolean>;

export interface ValidationContext {
  external: ExternalLookups;
}

/** One normalised answer: question × row × column (empty strings when the question has none). */
export interface AnswerCell {
  question: string;
  row_key: string;
  col_key: string;
  value: string;
  num: number | null;
}

export type Distribution = ChoiceDistribution & { stats?: SummaryStats | null };

/** The pre-aggregated counts of one group of respondents (or of all), as a kind reads them. */
export interface ResultSlice {
  /** The smallest number of respondents whose figures are published (SUPPRESSION_K). */
  readonly k: number;
  /** Counts and percents of `values` at that cell, with statistics when the values are numbers. */
  distribution(values: readonly Scalar[], question: string, row?: string, col?: string): Distribution;
  /** Respondents who answered that cell. */
  base(question: string, row?: string, col?: string): number;
  /** The raw frequency table of that cell (value → count). */
  counts(question: string, row?: string, col?: string): Record<string, number>;
}

/** How a question's codes moved between two campaigns; `C` is what is known of each code's change (tested, then corrected). */
export interface QuestionChange<C = CampaignChange> {
  kind: 'choice' | 'multi' | 'matrix';
  /** For a choice or multiple choice: per code. For a matrix: per row, then per column code. */
  codes?: Record<string, C>;
  rows?: Record<string, Record<string, C>>;
}

export type Cell = string | number | null;

/** One column of an export: where its value sits in the answers, and how to read it back. */
export interface ExportColumn {
  code: string;
  label: string;
  question: string;
  /** How the codebook describes the column's cells. */
  describe: string;
  /** The values the cell may hold (for the codebook), when they are a list. */
  values?: readonly Scalar[];
  /** The French label of each of those values, by value: what an export writes beside the code. */
  valueLabels?: ReadonlyMap<string, string>;
  /** The cell of one response's answers. */
  cellOf(answers: Answers): Cell;
  /** Puts a non-empty cell of an imported file back into the answers (texts as spreadsheets give them). */
  readInto(answers: Answers, cell: unknown): void;
}

/** Titles and labels of a question, code → label. */
export interface QuestionLabels {
  name: string;
  title: string;
  choices: Map<string, string>;
  rows: Map<string, string>;
  columns: Map<string, string>;
}
