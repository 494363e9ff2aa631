import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The mail server accepted the message: never send it again, and forget its bodies (they may carry a link's secret). */
export async function markMessageSent(db: Kysely<Database>, id: string, sentAt: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'envoye', sent_at: sentAt, claimed_until: null, last_error: null, text_body: '', html_body: '' })
    .where('id', '=', id)
    .execute();
}
