import type { Kysely } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';

export type CampaignInput = Omit<CampaignsTable, 'opens_at' | 'closes_at' | 'published_at' | 'last_published_at'> &
  Partial<Pick<CampaignsTable, 'opens_at' | 'closes_at' | 'published_at' | 'last_published_at'>>;

/** Creates a campaign, or updates every field given when it exists. */
export async function saveCampaign(db: Kysely<Database>, campaign: CampaignInput): Promise<void> {
  const { survey_id: _s, campaign: _c, created_at: _t, ...changes } = campaign;
  await db
    .insertInto('campaigns')
    .values({ opens_at: null, closes_at: null, published_at: null, last_published_at: null, ...campaign })
    .onConflict((oc) => oc.columns(['survey_id', 'campaign']).doUpdateSet(changes))
    .execute();
}
