import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The responses noted as changed since the campaign's last publication: what they were counted with then, and now. */
export async function listPublicationChanges(db: Kysely<Database>, surveyId: string, campaign: string) {
  return db
    .selectFrom('publication_changes as c')
    .innerJoin('responses as r', 'r.id', 'c.response_id')
    .select(['c.response_id', 'c.before_answers', 'r.answers', 'r.counted'])
    .where('c.survey_id', '=', surveyId)
    .where('c.campaign', '=', campaign)
    .execute();
}
