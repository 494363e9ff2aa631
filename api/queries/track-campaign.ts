import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface InvitationProgress {
  collectivite: string;
  status: 'complete' | 'partial' | null;
  /** The invitation's addresses. */
  emails: string[];
}

/** Each invited collectivity of a campaign, its addresses, and where its response stands (null: not started). */
export async function trackCampaign(db: Kysely<Database>, surveyId: string, campaign: string): Promise<InvitationProgress[]> {
  const rows = await db
    .selectFrom('invitations as i')
    .leftJoin('responses as r', 'r.id', 'i.response_id')
    .select(['i.collectivite', 'i.emails', 'r.status'])
    .where('i.survey_id', '=', surveyId)
    .where('i.campaign', '=', campaign)
    .execute();
  return rows.map((r) => ({ collectivite: r.collectivite, status: r.status ?? null, emails: JSON.parse(r.emails) as string[] }));
}
