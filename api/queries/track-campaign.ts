import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface InvitationProgress {
  collectivite: string;
  /** Where its response stands (null: none begun). */
  status: 'complete' | 'partial' | null;
  /** When its link was first opened; null: never. */
  openedAt: string | null;
  /** The invitation's addresses. */
  emails: string[];
}

/** Each invited collectivity of a campaign, its addresses, whether its link was opened, and where its response stands. */
export async function trackCampaign(db: Kysely<Database>, surveyId: string, campaign: string): Promise<InvitationProgress[]> {
  const rows = await db
    .selectFrom('invitations as i')
    .leftJoin('responses as r', 'r.id', 'i.response_id')
    .select(['i.collectivite', 'i.emails', 'i.opened_at', 'r.status'])
    .where('i.survey_id', '=', surveyId)
    .where('i.campaign', '=', campaign)
    .orderBy('i.collectivite')
    .execute();
  return rows.map((r) => ({ collectivite: r.collectivite, status: r.status ?? null, openedAt: r.opened_at, emails: JSON.parse(r.emails) as string[] }));
}
