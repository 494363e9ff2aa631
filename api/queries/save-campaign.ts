import type { Kysely } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';

/** Creates a campaign, or updates its label and nature when it exists. */
export async function saveCampaign(db: Kysely<Database>, campaign: CampaignsTable): Promise<void> {
  await db
    .insertInto('campaigns')
    .values(campaign)
    .onConflict((oc) =>
      oc.columns(['survey_id', 'campaign']).doUpdateSet({ label: campaign.label, nature: campaign.nature, note: campaign.note }),
    )
    .execute();
}
