import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Binds an unused invitation to its response; false, having changed nothing, when the
 * invitation already holds one (the check and the write are one statement, so two
 * responses racing for the same invitation cannot both win).
 */
export async function bindInvitation(db: Kysely<Database>, codeHash: string, responseId: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ response_id: responseId })
    .where('code_hash', '=', codeHash)
    .where('response_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
