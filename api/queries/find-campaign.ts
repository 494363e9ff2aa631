import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';

/** The stored record of one campaign (label, dates, publication), if it was ever saved. */
export async function findCampaign(
  db: Kysely<Database>,
  surveyId: string,
  campaign: string,
): Promise<Selectable<CampaignsTable> | undefined> {
  return db.selectFrom('campaigns').selectAll().where('survey_id', '=', surveyId).where('campaign', '=', campaign).executeTakeFirst();
}
