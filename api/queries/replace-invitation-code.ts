import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Gives an invitation a new link: the old code's hash is gone, so the old link opens nothing. Its response stays bound. */
export async function replaceInvitationCode(db: Kysely<Database>, oldCodeHash: string, codeHash: string, code: string | null): Promise<boolean> {
  const result = await db.updateTable('invitations').set({ code_hash: codeHash, code }).where('code_hash', '=', oldCodeHash).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
