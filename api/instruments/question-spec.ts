/**
 * What the server knows of each question, derived once from the instrument's SurveyJS
 * JSON (see compile-instrument.ts). Validation, normalised storage and, later, results
 * all read these specs, so a question's rules live in one place: its JSON.
 */
export type Scalar = string | number;

/** A cell of a `matrixdropdown` column: today a rating or a choice list. */
export interface CellSpec {
  name: string;
  title: string;
  values: Scalar[];
}

interface Base {
  name: string;
  title: string;
  required: boolean;
  /** SurveyJS `visibleIf` expression, when the question is conditional. */
  visibleIf: string | null;
}

export type QuestionSpec =
  | (Base & { kind: 'choice'; values: Scalar[] })
  /** A choice among an outside list (the registry of collectivities), checked by a lookup. */
  | (Base & { kind: 'external'; source: string })
  | (Base & { kind: 'multi'; values: Scalar[] })
  | (Base & { kind: 'rating'; values: number[] })
  | (Base & { kind: 'matrix'; rows: string[]; values: Scalar[]; allRowsRequired: boolean })
  | (Base & { kind: 'matrixdropdown'; rows: string[]; columns: CellSpec[] })
  | (Base & { kind: 'number'; min: number | null; max: number | null; integer: boolean })
  | (Base & { kind: 'text'; maxLength: number });

export type QuestionKind = QuestionSpec['kind'];

export interface InstrumentSpec {
  id: string;
  questions: Map<string, QuestionSpec>;
}
