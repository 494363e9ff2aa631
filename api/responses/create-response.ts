import type { AppDeps, LoadedInstrument } from '../deps.js';
import { currentCampaign } from '../instruments/catalog.js';
import { prepareAnswers } from '../instruments/prepare-answers.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { insertResponse } from '../queries/insert-response.js';
import { hashToken, newResponseId, newToken } from '../security/tokens.js';

export interface CreatedResponse {
  id: string;
  token: string;
  status: ResponseStatus;
}

/**
 * The one path by which a response enters the database, for the API, the seeds and the
 * imports alike: validation against the instrument and the registry, then the response and
 * its normalised rows in one transaction. Throws a 422 ApiError on invalid answers.
 */
export async function createResponse(
  deps: Pick<AppDeps, 'db' | 'registry' | 'clock'>,
  instrument: LoadedInstrument,
  answers: Record<string, unknown>,
  status: ResponseStatus,
  campaign?: string,
): Promise<CreatedResponse> {
  const prepared = prepareAnswers(instrument, answers, status, deps.registry);
  const now = deps.clock.now().toISOString();
  const id = newResponseId();
  const token = newToken();
  await insertResponse(
    deps.db,
    {
      id,
      survey_id: instrument.id,
      campaign: campaign ?? currentCampaign(instrument, deps.clock.now()),
      status,
      token_hash: hashToken(token),
      answers: JSON.stringify(prepared.answers),
      ...prepared.profile,
      created_at: now,
      updated_at: now,
    },
    prepared.cells,
    prepared.counted,
  );
  return { id, token, status };
}
