import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many responses each campaign of each survey holds, per status. */
export async function countResponsesPerCampaign(
  db: Kysely<Database>,
): Promise<{ survey_id: string; campaign: string; status: string; n: number }[]> {
  const rows = await db
    .selectFrom('responses')
    .select((eb) => ['survey_id', 'campaign', 'status', eb.fn.countAll<number>().as('n')])
    .groupBy(['survey_id', 'campaign', 'status'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
