import type { Distribution, QuestionResult, ResultsDocument } from './build-results-document.js';

/** Reading one figure out of a results document, for the checks of the guide's figures and findings. */

export const questionOf = (doc: ResultsDocument, name: string): QuestionResult | undefined => doc.questions[name];

/** The distribution of a choice, multiple choice or rating. */
export function distributionOf(doc: ResultsDocument, name: string): Distribution | undefined {
  const r = questionOf(doc, name);
  return r && 'percents' in r ? r : undefined;
}

/** The distribution of one row of a matrix. */
export function matrixRowOf(doc: ResultsDocument, name: string, row: string): Distribution | undefined {
  const m = questionOf(doc, name);
  return m?.kind === 'matrix' ? m.rows[row] : undefined;
}

/** The document with only the named questions, everybody's and each group's: what a check may read. */
export function withOnlyQuestions(doc: ResultsDocument, names: readonly string[]): ResultsDocument {
  const keep = <T>(questions: Record<string, T>) => Object.fromEntries(names.filter((n) => n in questions).map((n) => [n, questions[n]!]));
  const groups = doc.groups && Object.fromEntries(Object.entries(doc.groups).map(([g, r]) => [g, r.questions ? { ...r, questions: keep(r.questions) } : r]));
  return { ...doc, questions: keep(doc.questions), ...(groups && { groups }) };
}
