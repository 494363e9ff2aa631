import type { Kysely } from 'kysely';
import type { Database, Verification } from '../db/schema.js';

export interface ReviewFilter {
  surveyId?: string;
  campaign?: string;
  verification: Verification;
}

/** The responses awaiting (or having had) the administrator's check, most recent first, at most `limit`. */
export async function listResponsesForReview(db: Kysely<Database>, filter: ReviewFilter, limit: number) {
  let query = db
    .selectFrom('responses')
    .select(['id', 'survey_id', 'campaign', 'status', 'verification', 'counted', 'collectivite', 'collectivite_type', 'created_at', 'updated_at'])
    .where('verification', '=', filter.verification);
  if (filter.surveyId) query = query.where('survey_id', '=', filter.surveyId);
  if (filter.campaign) query = query.where('campaign', '=', filter.campaign);
  return query.orderBy('updated_at', 'desc').limit(limit).execute();
}
