import type { Insertable, Kysely } from 'kysely';
import type { Database, OutboxTable } from '../db/schema.js';

// 17 columns: 1,000 rows stay under SQLite's 32,766 bound parameters.
const PER_STATEMENT = 1000;

/** Queues messages; call it in the transaction of what causes them, so that they exist exactly when it does. */
export async function insertOutboxMessages(trx: Kysely<Database>, messages: Insertable<OutboxTable>[]): Promise<void> {
  for (let start = 0; start < messages.length; start += PER_STATEMENT) {
    await trx.insertInto('outbox').values(messages.slice(start, start + PER_STATEMENT)).execute();
  }
}
