import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Marks a response as in the aggregates or out of them. */
export async function updateResponseCounted(db: Kysely<Database>, id: string, counted: boolean): Promise<void> {
  await db.updateTable('responses').set({ counted: counted ? 1 : 0 }).where('id', '=', id).execute();
}
