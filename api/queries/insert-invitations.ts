import type { Kysely } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema.js';

/**
 * Stores new invitations, one per collectivity and campaign: those whose collectivity is
 * already invited to the campaign are left out and returned.
 */
export async function insertInvitations(db: Kysely<Database>, invitations: InvitationsTable[]): Promise<{ already: string[] }> {
  if (invitations.length === 0) return { already: [] };
  const first = invitations[0]!;
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('invitations')
      .select('collectivite')
      .where('survey_id', '=', first.survey_id)
      .where('campaign', '=', first.campaign)
      .where('collectivite', 'in', invitations.map((i) => i.collectivite))
      .execute();
    const already = new Set(existing.map((e) => e.collectivite));
    const fresh = invitations.filter((i) => !already.has(i.collectivite));
    if (fresh.length > 0) await trx.insertInto('invitations').values(fresh).execute();
    return { already: [...already] };
  });
}
