import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ExportedResponse } from '../exports/answers-to-cells.js';

/** Every response of a campaign, complete or not, oldest first (for exports). */
export async function listCampaignResponses(db: Kysely<Database>, surveyId: string, campaign: string): Promise<ExportedResponse[]> {
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'status', 'answers', 'updated_at'])
    .where('survey_id', '=', surveyId)
    .where('campaign', '=', campaign)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status, updatedAt: r.updated_at, answers: JSON.parse(r.answers) as Record<string, unknown> }));
}
