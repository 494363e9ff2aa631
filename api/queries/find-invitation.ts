import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema.js';

export async function findInvitation(db: Kysely<Database>, codeHash: string): Promise<Selectable<InvitationsTable> | undefined> {
  return db.selectFrom('invitations').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}
