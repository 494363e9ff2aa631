import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** A member's note since the group's snapshot, if it changed: the answers it was counted with then (null: not counted). */
export async function findPeerChange(db: Kysely<Database>, key: PeerGroupKey, responseId: string): Promise<{ before_answers: string | null } | undefined> {
  return db
    .selectFrom('peer_changes')
    .select('before_answers')
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .where('response_id', '=', responseId)
    .executeTakeFirst();
}
