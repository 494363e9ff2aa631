import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** Rewrites members' notes after part of the snapshot was replaced; a null share forgets the note (nothing left to tell). */
export async function updatePeerChanges(db: Kysely<Database>, key: PeerGroupKey, updates: { response_id: string; before_share: string | null }[]): Promise<void> {
  for (const u of updates) {
    const where = {
      survey_id: key.survey_id,
      campaign: key.campaign,
      collectivite_type: key.collectivite_type,
      strate_population: key.strate_population,
      response_id: u.response_id,
    };
    if (u.before_share === null) {
      await db
        .deleteFrom('peer_changes')
        .where((eb) => eb.and(where))
        .execute();
    } else {
      await db
        .updateTable('peer_changes')
        .set({ before_share: u.before_share })
        .where((eb) => eb.and(where))
        .execute();
    }
  }
}
