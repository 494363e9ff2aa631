import type { KindSpec, QuestionKind } from './kinds/question-kind.js';
import type { KindsTable, QuestionSpec } from './kinds/index.js';

/**
 * What the server knows of an instrument, compiled once from its SurveyJS JSON by the
 * question kinds (compile-instrument.ts): each question's spec, and the table of kinds that
 * knows how each behaves. Validation, storage, counts, results and exports all read these.
 */
export interface InstrumentSpec {
  id: string;
  questions: Map<string, QuestionSpec>;
  kinds: KindsTable;
}

/** The kind that compiled this question, which every question-specific behaviour goes through. */
export function kindOf(instrument: Pick<InstrumentSpec, 'kinds'>, spec: KindSpec): QuestionKind {
  const kind = instrument.kinds[spec.kind];
  if (!kind) throw new Error(`Aucun type de question «\u202f${spec.kind}\u202f» pour ${spec.name}.`);
  return kind;
}
