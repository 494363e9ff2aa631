import type { Context } from 'hono';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { findResponse } from '../queries/find-response.js';
import { hashToken, tokenMatches } from '../security/tokens.js';
import { ApiError } from './errors.js';

// Compared against when the id does not exist, so that a missing response and a wrong
// token cost the same work and get the same answer.
const DUMMY_HASH = hashToken('aucune-reponse');

function bearer(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+([A-Za-z0-9_-]{1,256})\s*$/.exec(header);
  return match?.[1] ?? null;
}

/** Loads a response for its holder; never tells whether an id exists to someone without its token. */
export async function authorizeResponse(
  c: Context,
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<ResponsesTable>> {
  const token = bearer(c);
  if (!token) {
    throw new ApiError(
      401,
      'jeton_manquant',
      'Cette réponse est privée : ouvrez-la avec votre lien personnel (en-tête « Authorization: Bearer <jeton> »).',
      [],
      { 'WWW-Authenticate': 'Bearer realm="reponses"' },
    );
  }
  const row = await findResponse(db, id);
  const ok = tokenMatches(token, row?.token_hash ?? DUMMY_HASH);
  if (!row || !ok) {
    throw new ApiError(
      404,
      'reponse_introuvable',
      'Aucune réponse ne correspond à ce lien. Vérifiez que vous avez copié le lien privé en entier.',
    );
  }
  return row;
}
