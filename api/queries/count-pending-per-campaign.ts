import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many responses of each campaign wait for the administrator's check. */
export async function countPendingPerCampaign(db: Kysely<Database>): Promise<{ survey_id: string; campaign: string; n: number }[]> {
  const rows = await db
    .selectFrom('responses')
    .select((eb) => ['survey_id', 'campaign', eb.fn.countAll<number>().as('n')])
    .where('verification', '=', 'en_attente')
    .groupBy(['survey_id', 'campaign'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
