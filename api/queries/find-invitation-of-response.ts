import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema.js';

/** The invitation a response answers, if it was given through one. */
export async function findInvitationOfResponse(db: Kysely<Database>, responseId: string): Promise<Selectable<InvitationsTable> | undefined> {
  return db.selectFrom('invitations').selectAll().where('response_id', '=', responseId).executeTakeFirst();
}
