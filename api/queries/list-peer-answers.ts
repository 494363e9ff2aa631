import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PeerScope } from './count-peers.js';

export interface PeerAnswer {
  response_id: string;
  question: string;
  row_key: string;
  value: string;
  num: number | null;
}

/** The peers' answers to some questions, as normalised rows (the response itself excluded). */
export async function listPeerAnswers(db: Kysely<Database>, scope: PeerScope, questions: string[]): Promise<PeerAnswer[]> {
  if (questions.length === 0) return [];
  let query = db
    .selectFrom('answer_values')
    .select(['response_id', 'question', 'row_key', 'value', 'num'])
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign)
    .where('status', '=', 'complete')
    .where('question', 'in', questions)
    .where('collectivite_type', '=', scope.collectiviteType)
    .where('response_id', '!=', scope.excludeId);
  if (scope.stratePopulation !== null) query = query.where('strate_population', '=', scope.stratePopulation);
  return query.execute();
}
