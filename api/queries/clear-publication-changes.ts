import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Forgets a campaign's notes of changes: what is published from now on includes them. */
export async function clearPublicationChanges(db: Kysely<Database>, surveyId: string, campaign: string): Promise<void> {
  await db.deleteFrom('publication_changes').where('survey_id', '=', surveyId).where('campaign', '=', campaign).execute();
}
