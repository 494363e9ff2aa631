import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many responses of a campaign entered, left or changed in the aggregates since `since`. */
export async function countResponsesChangedSince(db: Kysely<Database>, surveyId: string, campaign: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .where('campaign', '=', campaign)
    .where('counted_changed_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
