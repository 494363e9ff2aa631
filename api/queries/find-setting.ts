import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The stored value of a setting, if any. */
export async function findSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}
