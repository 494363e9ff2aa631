import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../db/schema.js';

/** Messages waiting whose time has come and that no live worker holds, oldest first. */
export async function listDueMessages(db: Kysely<Database>, now: string, limit: number): Promise<Selectable<OutboxTable>[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'en_attente')
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
    .orderBy('seq')
    .limit(limit)
    .execute();
}
