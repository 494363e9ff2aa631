import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Empties both pre-aggregated count tables, before they are recounted. */
export async function clearAnswerCounts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('answer_counts').execute();
  await db.deleteFrom('answer_group_counts').execute();
}
