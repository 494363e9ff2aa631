import type { Insertable, Kysely } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import type { AppDeps, LoadedInstrument } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { currentCampaign } from '../instruments/catalog.js';
import { prepareAnswers, type PreparedAnswers } from '../instruments/prepare-answers.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { insertResponse } from '../queries/insert-response.js';
import { hashToken, newResponseId, newToken } from '../security/tokens.js';

export interface CreatedResponse {
  id: string;
  token: string;
  status: ResponseStatus;
}

type CreateDeps = Pick<AppDeps, 'db' | 'registry' | 'clock'>;

/** The row of a new response, with a fresh id and token (only the token's hash is kept). */
export function newResponseRow(
  deps: Pick<AppDeps, 'clock'>,
  instrument: LoadedInstrument,
  prepared: PreparedAnswers,
  status: ResponseStatus,
  campaign: string,
): { row: Insertable<ResponsesTable>; token: string } {
  const now = deps.clock.now().toISOString();
  const token = newToken();
  return {
    token,
    row: {
      id: newResponseId(),
      survey_id: instrument.id,
      campaign,
      status,
      token_hash: hashToken(token),
      answers: JSON.stringify(prepared.answers),
      ...prepared.profile,
      created_at: now,
      updated_at: now,
    },
  };
}

/**
 * The one path by which a single response enters the database, for the API and the seeds:
 * validation against the instrument and the registry, then the response, its normalised
 * rows and its counts in one transaction. With an invitation, the invitation is bound to
 * the response in that same transaction, and only if it was still unused (else 409, and
 * nothing is stored). Throws a 422 ApiError on invalid answers.
 */
export async function createResponse(
  deps: CreateDeps,
  instrument: LoadedInstrument,
  answers: Record<string, unknown>,
  status: ResponseStatus,
  campaign?: string,
  invitationCodeHash?: string,
): Promise<CreatedResponse> {
  const prepared = prepareAnswers(instrument, answers, status, deps.registry);
  const { row, token } = newResponseRow(deps, instrument, prepared, status, campaign ?? currentCampaign(instrument, deps.clock.now()));
  const bind = invitationCodeHash
    ? async (trx: Kysely<Database>) => {
        const result = await trx
          .updateTable('invitations')
          .set({ response_id: row.id })
          .where('code_hash', '=', invitationCodeHash)
          .where('response_id', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw new ApiError(409, 'invitation_deja_utilisee', 'Cette invitation a déjà servi à répondre : rouvrez le lien d’invitation pour reprendre la réponse existante.');
        }
      }
    : undefined;
  await insertResponse(deps.db, row, prepared.cells, prepared.counted, bind);
  return { id: row.id, token, status };
}
