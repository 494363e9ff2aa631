import type { Insertable } from 'kysely';
import type { OutboxTable, ResponsesTable } from '../db/schema.js';
import type { Answers } from '../instruments/answers.js';
import type { AppDeps } from '../deps.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { currentCampaign } from '../instruments/catalog.js';
import { prepareAnswers, type PreparedAnswers } from '../instruments/prepare-answers.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { hashToken, newOrderedId, newToken, NO_TOKEN } from '../security/tokens.js';
import { directWriter, type ResponseWriter } from './response-writer.js';

export interface CreatedResponse {
  id: string;
  token: string;
  status: ResponseStatus;
}

/** Without a writer (seeds, scripts), each response gets its own transaction. */
type CreateDeps = Pick<AppDeps, 'db' | 'registry' | 'clock' | 'catalog'> & { writer?: ResponseWriter };

/**
 * The row of a new response with a fresh id; its token's hash is the caller's. A verified
 * complete response counts from the start (its collectivity's earlier one, if any, then
 * stops counting: see settleCollectivities).
 */
function responseRow(
  deps: Pick<AppDeps, 'clock'>,
  instrument: LoadedInstrument,
  prepared: PreparedAnswers,
  status: ResponseStatus,
  placement: { campaign: string; verified: boolean },
  tokenHash: string,
): Insertable<ResponsesTable> {
  const now = deps.clock.now().toISOString();
  const counted = placement.verified && status === 'complete';
  return {
    id: newOrderedId(),
    survey_id: instrument.id,
    campaign: placement.campaign,
    status,
    token_hash: tokenHash,
    answers: JSON.stringify(prepared.answers),
    ...prepared.profile,
    created_at: now,
    updated_at: now,
    verification: placement.verified ? 'verifiee' : 'en_attente',
    counted: counted ? 1 : 0,
  };
}

/** A new response's row and its fresh token, for its respondent (only the token's hash is kept). */
export function newResponseRow(...args: Parameters<typeof newImportedRow>): { row: Insertable<ResponsesTable>; token: string } {
  const token = newToken();
  return { token, row: responseRow(...args, hashToken(token)) };
}

/**
 * An imported response's row: nobody is given a link to it, so it has no token, and its
 * empty hash matches none (tokenMatches compares 32 bytes with none). Drawing a token only
 * to throw it away cost a twentieth of an import's validating thread.
 */
export function newImportedRow(
  deps: Pick<AppDeps, 'clock'>,
  instrument: LoadedInstrument,
  prepared: PreparedAnswers,
  status: ResponseStatus,
  placement: { campaign: string; verified: boolean },
): Insertable<ResponsesTable> {
  return responseRow(deps, instrument, prepared, status, placement, NO_TOKEN);
}

/** Where a new response goes and whether it is verified from the start (an invitation, or the service's own seeds). */
export interface Placement {
  /** Defaults to the campaign a new response joins (currentCampaign). */
  campaign?: string;
  verified: boolean;
  /** The invitation it answers, bound to it in the same transaction. */
  invitationCodeHash?: string;
  /** The receipt of a response complete from its creation, queued in the same transaction (it may carry the private link). */
  receipt?: (created: { id: string; token: string; answers: Answers }) => Promise<Insertable<OutboxTable> | null>;
}

/**
 * The one path by which a single response enters the database, for the API and the seeds:
 * validation against the instrument and the registry, then the response (its answers
 * included) and its counts in one transaction (shared with the submissions that arrive at the
 * same time when the writer is a group commit). With an invitation, the invitation is bound to
 * the response in that same transaction, and only if it was still unused (else a conflict, and
 * nothing is stored). Throws a DomainError on invalid answers.
 */
export async function createResponse(
  deps: CreateDeps,
  instrument: LoadedInstrument,
  answers: Record<string, unknown>,
  status: ResponseStatus,
  placement: Placement,
): Promise<CreatedResponse> {
  const prepared = prepareAnswers(instrument, answers, status, deps.registry);
  const campaign = placement.campaign ?? currentCampaign(instrument, deps.clock.now());
  const { row, token } = newResponseRow(deps, instrument, prepared, status, { campaign, verified: placement.verified });
  const receipt = status === 'complete' && placement.receipt ? await placement.receipt({ id: row.id, token, answers: prepared.answers }) : null;
  await (deps.writer ?? directWriter(deps.db, deps.catalog)).write({
    row,
    counted: prepared.counted,
    invitationCodeHash: placement.invitationCodeHash,
    messages: receipt ? [receipt] : [],
  });
  return { id: row.id, token, status };
}
