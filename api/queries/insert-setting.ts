import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Stores a new setting (a key that exists already is an error: settings are written once). */
export async function insertSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db.insertInto('settings').values({ key, value }).execute();
}
