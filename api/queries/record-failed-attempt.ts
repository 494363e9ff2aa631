import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * An attempt failed: the message waits until `retryAt`, or, with `retryAt` null, is given up
 * (status « echec », bodies forgotten). The reason is kept either way.
 */
export async function recordFailedAttempt(db: Kysely<Database>, id: string, reason: string, retryAt: string | null): Promise<void> {
  const update = retryAt === null ? { status: 'echec' as const, text_body: '', html_body: '' } : { next_attempt_at: retryAt };
  await db
    .updateTable('outbox')
    .set({ ...update, claimed_until: null, last_error: reason })
    .where('id', '=', id)
    .execute();
}
