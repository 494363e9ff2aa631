import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';

/**
 * The stored campaign records (label, dates, publication) of a survey, or of every survey
 * (by survey, oldest first): campaigns created by the administrator, a seed or an import, whether or
 * not they hold responses yet.
 */
export async function listCampaignRecords(db: Kysely<Database>, surveyId?: string): Promise<Selectable<CampaignsTable>[]> {
  let query = db.selectFrom('campaigns').selectAll().orderBy('survey_id').orderBy('created_at');
  if (surveyId) query = query.where('survey_id', '=', surveyId);
  return query.execute();
}
