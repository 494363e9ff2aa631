import type { DocumentQuestion, ResultsDocument } from './build-results-document.js';

const mark = (questions: Record<string, DocumentQuestion>, sourced: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(questions).map(([name, q]) => [name, { ...q, sourced: sourced.has(name) }]));

/**
 * A reconstruction's results with every question, everybody's and each group's, marked
 * `sourced` (spec/api.md, « Disclosure rules of results »): its answers were built to agree
 * with the figures its source published, and only the questions those figures constrain
 * rest on anything the source said.
 */
export function markSourced(doc: ResultsDocument, sourced: ReadonlySet<string>): ResultsDocument {
  const groups =
    doc.groups && Object.fromEntries(Object.entries(doc.groups).map(([g, r]) => [g, r.questions ? { ...r, questions: mark(r.questions, sourced) } : r]));
  return { ...doc, questions: mark(doc.questions, sourced), ...(groups && { groups }) };
}
