import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { scopedAnswers, type ResultsScope } from './scoped-answers.js';

/** The raw values of free number questions (budgets, staff…), per group: their quantiles need them. */
export async function listNumbers(
  db: Kysely<Database>,
  scope: ResultsScope,
  questions: string[],
): Promise<{ grp: string | null; question: string; num: number }[]> {
  if (questions.length === 0) return [];
  const { query, grp } = scopedAnswers(db, scope);
  const rows = await query
    .where('a.question', 'in', questions)
    .where('a.num', 'is not', null)
    .select([grp.as('grp'), 'a.question', 'a.num'])
    .execute();
  return rows.map((r) => ({ grp: r.grp, question: r.question, num: Number(r.num) }));
}
