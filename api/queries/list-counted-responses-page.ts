import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** One page of the counted responses, in id order after `after`: what the counts are the sum of. */
export async function listCountedResponsesPage(db: Kysely<Database>, after: string, limit: number) {
  return db
    .selectFrom('responses')
    .select(['id', 'survey_id', 'campaign', 'collectivite_type', 'strate_population', 'answers'])
    .where('counted', '=', 1)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}
