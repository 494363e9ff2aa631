import type { Context } from 'hono';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { findInvitation } from '../queries/find-invitation.js';
import { findResponse } from '../queries/find-response.js';
import { hashToken, tokenMatches } from '../security/tokens.js';
import { bearerToken, isAdmin } from './bearer.js';
import { ApiError } from './errors.js';

// Compared against when the id does not exist, so that a missing response and a wrong
// token cost the same work and get the same answer.
const DUMMY_HASH = hashToken('aucune-reponse');

/**
 * Loads a response for whoever may read it: the holder of its token, the holder of the
 * invitation it answers, or the administrator. Never tells whether an id exists to
 * anyone else.
 */
export async function authorizeResponse(
  c: Context,
  db: Kysely<Database>,
  id: string,
  adminTokenHash?: string,
): Promise<Selectable<ResponsesTable>> {
  const token = bearerToken(c);
  if (!token) {
    throw new ApiError(
      401,
      'jeton_manquant',
      'Cette réponse est privée\u202f: ouvrez-la avec votre lien personnel (en-tête «\u202fAuthorization: Bearer <jeton>\u202f»).',
      [],
      { 'WWW-Authenticate': 'Bearer realm="reponses"' },
    );
  }
  const row = await findResponse(db, id);
  let ok = tokenMatches(token, row?.token_hash ?? DUMMY_HASH);
  if (!ok) ok = Boolean(row) && isAdmin(c, adminTokenHash);
  if (!ok) {
    // Looked up whether the response exists or not, so that both refusals cost the same.
    const invitation = await findInvitation(db, hashToken(token));
    ok = Boolean(row) && invitation?.response_id === row!.id;
  }
  if (!row || !ok) {
    throw new ApiError(404, 'reponse_introuvable', 'Aucune réponse ne correspond à ce lien. Vérifiez que vous avez copié le lien privé en entier.');
  }
  return row;
}
