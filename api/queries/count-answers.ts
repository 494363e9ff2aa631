import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { scopedAnswers, type ResultsScope } from './scoped-answers.js';

export interface AnswerCount {
  grp: string | null;
  question: string;
  row_key: string;
  col_key: string;
  value: string;
  n: number;
}

/** How many complete responses gave each value to each question × row × column, per group. */
export async function countAnswers(db: Kysely<Database>, scope: ResultsScope): Promise<AnswerCount[]> {
  const { query, grp, grouped } = scopedAnswers(db, scope);
  const keys = ['a.question', 'a.row_key', 'a.col_key', 'a.value'] as const;
  const rows = await query
    .select((eb) => [grp.as('grp'), ...keys, eb.fn.countAll<number>().as('n')])
    .groupBy(grouped ? [sql`grp`, ...keys] : [...keys])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
