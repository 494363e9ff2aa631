import type { Insertable } from 'kysely';
import type { ResponsesTable } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { currentCampaign } from '../instruments/catalog.js';
import { prepareAnswers, type PreparedAnswers } from '../instruments/prepare-answers.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { hashToken, newResponseId, newToken } from '../security/tokens.js';
import { directWriter, type ResponseWriter } from './response-writer.js';

export interface CreatedResponse {
  id: string;
  token: string;
  status: ResponseStatus;
}

/** Without a writer (seeds, scripts), each response gets its own transaction. */
type CreateDeps = Pick<AppDeps, 'db' | 'registry' | 'clock'> & { writer?: ResponseWriter };

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
 * rows and its counts in one transaction (shared with the submissions that arrive at the
 * same time when the writer is a group commit). With an invitation, the invitation is bound to
 * the response in that same transaction, and only if it was still unused (else a conflict, and
 * nothing is stored). Throws a DomainError on invalid answers.
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
  await (deps.writer ?? directWriter(deps.db)).write({ row, cells: prepared.cells, counted: prepared.counted, invitationCodeHash });
  return { id: row.id, token, status };
}
