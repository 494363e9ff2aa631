import type { Insertable, Kysely } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';

/**
 * Creates a campaign unless one of that name exists for the survey, which keeps all it has
 * (a statement of its own: two processes starting together on one database create it once).
 * True when it was created.
 */
export async function insertCampaignIfMissing(db: Kysely<Database>, campaign: Insertable<CampaignsTable>): Promise<boolean> {
  const result = await db
    .insertInto('campaigns')
    .values(campaign)
    .onConflict((oc) => oc.columns(['survey_id', 'campaign']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}
