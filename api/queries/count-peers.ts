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

/**
 * How many complete responses share the type, and the type and population band, of a
 * response (itself excluded). Read from the pre-aggregated counts of the profile question
 * `collectivite_type` (every complete response with a type answered it), so the cost does
 * not grow with the number of responses. `selfCounted` says whether the response itself
 * is among them (it is complete), so that it is taken out.
 */
export async function countPeers(
  db: Kysely<Database>,
  scope: PeerScope,
  selfCounted: boolean,
): Promise<{ sameType: number; sameTypeAndBand: number | null }> {
  const rows = await db
    .selectFrom('answer_counts')
    .select((eb) => ['strate_population', eb.fn.sum<number>('n').as('n')])
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('collectivite_type', '=', scope.collectiviteType)
    .where('question', '=', 'collectivite_type')
    .where('row_key', '=', '')
    .where('col_key', '=', '')
    .where('value', '=', '')
    .groupBy('strate_population')
    .execute();
  const self = selfCounted ? 1 : 0;
  const sameType = rows.reduce((sum, r) => sum + Number(r.n), 0) - self;
  if (scope.stratePopulation === null) return { sameType, sameTypeAndBand: null };
  const band = Number(rows.find((r) => r.strate_population === scope.stratePopulation)?.n ?? 0) - self;
  return { sameType, sameTypeAndBand: band };
}
