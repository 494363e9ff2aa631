import type { Kysely } from 'kysely';
import type { Database, MailStatus } from '../db/schema.js';

/** How many messages stand in each state, all campaigns together. */
export async function countOutboxMessages(db: Kysely<Database>): Promise<Record<MailStatus, number>> {
  const rows = await db.selectFrom('outbox').select((eb) => ['status', eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const counts: Record<MailStatus, number> = { en_attente: 0, envoye: 0, echec: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
