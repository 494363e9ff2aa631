import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many responses and normalised answer rows are stored: tests use it to prove a refusal changed nothing. */
export async function countStoredRows(db: Kysely<Database>): Promise<{ responses: number; answerValues: number }> {
  const [r, a] = await Promise.all([
    db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('answer_values').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { responses: Number(r.n), answerValues: Number(a.n) };
}
