import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';

export async function findCampaign(
  db: Kysely<Database>,
  surveyId: string,
  campaign: string,
): Promise<Selectable<CampaignsTable> | undefined> {
  return db.selectFrom('campaigns').selectAll().where('survey_id', '=', surveyId).where('campaign', '=', campaign).executeTakeFirst();
}

export async function listSurveyCampaigns(db: Kysely<Database>, surveyId?: string): Promise<Selectable<CampaignsTable>[]> {
  let query = db.selectFrom('campaigns').selectAll().orderBy('survey_id').orderBy('created_at');
  if (surveyId) query = query.where('survey_id', '=', surveyId);
  return query.execute();
}
