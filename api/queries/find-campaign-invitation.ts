import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema.js';

/** The invitation of one collectivity to one campaign, if it was invited. */
export async function findCampaignInvitation(db: Kysely<Database>, surveyId: string, campaign: string, collectivite: string): Promise<Selectable<InvitationsTable> | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('campaign', '=', campaign)
    .where('collectivite', '=', collectivite)
    .executeTakeFirst();
}
