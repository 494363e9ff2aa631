import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Closes a campaign to new answers and publishes its results, both at `at`. */
export async function closeAndPublishCampaign(db: Kysely<Database>, surveyId: string, campaign: string, at: string): Promise<void> {
  await db
    .updateTable('campaigns')
    .set({ closes_at: at, published_at: at, last_published_at: at })
    .where('survey_id', '=', surveyId)
    .where('campaign', '=', campaign)
    .execute();
}
