import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';

export async function findResponse(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<ResponsesTable> | undefined> {
  return db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirst();
}
