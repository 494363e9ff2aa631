import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** A member's note since the group's snapshot, if it changed: its share as the snapshot holds it. */
export async function findPeerChange(db: Kysely<Database>, key: PeerGroupKey, responseId: string): Promise<{ before_share: string } | undefined> {
  return db
    .selectFrom('peer_changes')
    .select('before_share')
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .where('response_id', '=', responseId)
    .executeTakeFirst();
}
