import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface PeerScope {
  surveyId: string;
  campaign: string;
  /** The response whose peers these are: never one of them. */
  excludeId: string;
  collectiviteType: string;
  /** Set to narrow the peers to this population band. */
  stratePopulation: string | null;
}

/** How many complete responses share the type, and the type and population band, of a response (itself excluded). */
export async function countPeers(db: Kysely<Database>, scope: PeerScope): Promise<{ sameType: number; sameTypeAndBand: number | null }> {
  const rows = await db
    .selectFrom('responses')
    .select((eb) => ['strate_population', eb.fn.countAll<number>().as('n')])
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('status', '=', 'complete')
    .where('collectivite_type', '=', scope.collectiviteType)
    .where('id', '!=', scope.excludeId)
    .groupBy('strate_population')
    .execute();
  const sameType = rows.reduce((sum, r) => sum + Number(r.n), 0);
  const band = scope.stratePopulation === null ? null : Number(rows.find((r) => r.strate_population === scope.stratePopulation)?.n ?? 0);
  return { sameType, sameTypeAndBand: band };
}
