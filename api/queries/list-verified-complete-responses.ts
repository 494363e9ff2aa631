import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The complete verified responses of some collectivities (any survey and campaign): who may count for them. */
export async function listVerifiedCompleteResponses(db: Kysely<Database>, collectivites: string[]) {
  if (collectivites.length === 0) return [];
  return db
    .selectFrom('responses')
    .select(['id', 'survey_id', 'campaign', 'collectivite', 'collectivite_type', 'strate_population', 'answers', 'counted', 'updated_at'])
    .where('collectivite', 'in', collectivites)
    .where('verification', '=', 'verifiee')
    .where('status', '=', 'complete')
    .execute();
}
