import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Takes a waiting message for one attempt, until `until`; false when another worker holds
 * it or it was sent meanwhile (the check and the write are one statement, so two workers —
 * two processes on one PostgreSQL database — never both take it).
 */
export async function claimOutboxMessage(db: Kysely<Database>, id: string, now: string, until: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({ claimed_until: until, last_attempt_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'en_attente')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
