import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';
import { countAnswerBases } from '../queries/count-answer-bases.js';
import { countAnswers } from '../queries/count-answers.js';
import { countResponsesByGroup } from '../queries/count-responses-by-group.js';
import { listNumbers } from '../queries/list-numbers.js';
import type { ResultsScope } from '../queries/scoped-answers.js';
import { buildResultsDocument, type ResultsDocument } from './build-results-document.js';

/** Aggregates in SQL, statistics in analysis/: the results document of one survey and campaign. */
export async function computeResults(
  db: Kysely<Database>,
  spec: InstrumentSpec,
  scope: ResultsScope,
  k: number,
): Promise<ResultsDocument> {
  const numberQuestions = [...spec.questions.values()].filter((q) => q.kind === 'number').map((q) => q.name);
  const [sizes, counts, bases, numbers] = await Promise.all([
    countResponsesByGroup(db, scope),
    countAnswers(db, scope),
    countAnswerBases(db, scope),
    listNumbers(db, scope, numberQuestions),
  ]);
  return buildResultsDocument(spec, scope, { ...sizes, counts, bases, numbers }, k);
}
