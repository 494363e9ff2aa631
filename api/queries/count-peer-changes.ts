import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerGroupKey } from './peer-group-key.js';

/** How many members of a peer group changed since its snapshot (each member once). */
export async function countPeerChanges(db: Kysely<Database>, key: PeerGroupKey): Promise<number> {
  const row = await db
    .selectFrom('peer_changes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', key.survey_id)
    .where('campaign', '=', key.campaign)
    .where('collectivite_type', '=', key.collectivite_type)
    .where('strate_population', '=', key.strate_population)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
