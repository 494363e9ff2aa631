import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Notes the first opening of an invitation's link; later openings keep that first date. */
export async function markInvitationOpened(db: Kysely<Database>, codeHash: string, at: string): Promise<void> {
  await db.updateTable('invitations').set({ opened_at: at }).where('code_hash', '=', codeHash).where('opened_at', 'is', null).execute();
}
