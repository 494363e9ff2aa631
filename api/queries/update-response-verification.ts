import type { Kysely } from 'kysely';
import type { Database, Verification } from '../db/schema.js';

/** Records the administrator's decision on a response given without an invitation. */
export async function updateResponseVerification(db: Kysely<Database>, id: string, verification: Verification): Promise<void> {
  await db.updateTable('responses').set({ verification }).where('id', '=', id).execute();
}
