import type { Kysely, Selectable } from 'kysely';
import type { Database, InvitationsTable } from '../db/schema.js';

/** The invitations of a campaign that have addresses (and so their code) and no complete response yet. */
export async function listReminderTargets(db: Kysely<Database>, surveyId: string, campaign: string): Promise<Selectable<InvitationsTable>[]> {
  return db
    .selectFrom('invitations as i')
    .leftJoin('responses as r', 'r.id', 'i.response_id')
    .selectAll('i')
    .where('i.survey_id', '=', surveyId)
    .where('i.campaign', '=', campaign)
    .where('i.code', 'is not', null)
    .where('i.emails', '!=', '[]')
    .where((eb) => eb.or([eb('r.status', 'is', null), eb('r.status', '!=', 'complete')]))
    .orderBy('i.collectivite')
    .execute();
}
