import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many responses and count rows are stored: tests use it to prove a refusal changed nothing. */
export async function countStoredRows(db: Kysely<Database>): Promise<{ responses: number; counts: number }> {
  const [r, c] = await Promise.all([
    db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('answer_counts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { responses: Number(r.n), counts: Number(c.n) };
}
