import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many invitations each campaign of each survey has sent. */
export async function countInvitationsPerCampaign(db: Kysely<Database>): Promise<{ survey_id: string; campaign: string; n: number }[]> {
  const rows = await db
    .selectFrom('invitations')
    .select((eb) => ['survey_id', 'campaign', eb.fn.countAll<number>().as('n')])
    .groupBy(['survey_id', 'campaign'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
