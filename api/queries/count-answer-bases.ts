import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { scopedAnswers, type ResultsScope } from './scoped-answers.js';

export interface AnswerBase {
  grp: string | null;
  question: string;
  row_key: string;
  col_key: string;
  base: number;
}

/**
 * The base of each question × row × column: how many complete responses answered it. For a
 * single value it equals the sum of the counts; for a multiple choice it is the number of
 * respondents, not of ticks.
 */
export async function countAnswerBases(db: Kysely<Database>, scope: ResultsScope): Promise<AnswerBase[]> {
  const { query, grp, grouped } = scopedAnswers(db, scope);
  const keys = ['a.question', 'a.row_key', 'a.col_key'] as const;
  const rows = await query
    .select((eb) => [grp.as('grp'), ...keys, eb.fn.count<number>('a.response_id').distinct().as('base')])
    .groupBy(grouped ? [sql`grp`, ...keys] : [...keys])
    .execute();
  return rows.map((r) => ({ ...r, base: Number(r.base) }));
}
