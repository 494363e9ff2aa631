import type { Insertable, Kysely } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema.js';

// 8 columns: 2,000 rows stay under SQLite's 32,766 bound parameters.
const PER_STATEMENT = 2000;

/**
 * Stores new invitations, one per collectivity and campaign: those whose collectivity is
 * already invited to the campaign are left out and returned. Call it in a transaction (the
 * messages of the new invitations go in the same one).
 */
export async function insertInvitations(trx: Kysely<Database>, invitations: Insertable<InvitationsTable>[]): Promise<{ already: string[] }> {
  if (invitations.length === 0) return { already: [] };
  const first = invitations[0]!;
  const existing = await trx
    .selectFrom('invitations')
    .select('collectivite')
    .where('survey_id', '=', first.survey_id)
    .where('campaign', '=', first.campaign)
    .where('collectivite', 'in', invitations.map((i) => i.collectivite))
    .execute();
  const already = new Set(existing.map((e) => e.collectivite));
  const fresh = invitations.filter((i) => !already.has(i.collectivite));
  for (let start = 0; start < fresh.length; start += PER_STATEMENT) {
    await trx.insertInto('invitations').values(fresh.slice(start, start + PER_STATEMENT)).execute();
  }
  return { already: [...already] };
}
