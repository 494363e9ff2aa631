import type { IncomingMessage } from 'node:http';
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors.js';
import { findDuplicateKey, MAX_DEPTH, maxDepth } from './strict-json.js';

/** Largest accepted request body. A complete annual survey weighs about 3 KB. */
const MAX_BODY_BYTES = 100 * 1024;

function tooLarge(): ApiError {
  return new ApiError(
    413,
    'corps_trop_volumineux',
    `La requête dépasse la taille maximale acceptée (${MAX_BODY_BYTES / 1024} Ko). Allégez les réponses de texte libre.`,
  );
}

/** A body announcing more than the limit is refused before a byte of it is read. */
export const limitBody = createMiddleware(async (c, next) => {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  await next();
});

/**
 * The body's bytes, at most MAX_BODY_BYTES (413 beyond, as they arrive: a body sent in
 * chunks announces no length). Under @hono/node-server it is read from Node's own request:
 * reaching it through `c.req.raw.body`, as hono's bodyLimit does, builds a WHATWG Request
 * and its stream for every POST — a fifth of the server's time per submission
 * (--cpu-prof under load). Elsewhere (tests' app.request), from the Request's stream.
 */
async function bodyWithin(c: { env: unknown; req: { raw: Request } }): Promise<Uint8Array> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  // Node's web streams are async iterables; TypeScript's DOM types do not say so.
  const source = (incoming ?? c.req.raw.body) as AsyncIterable<Uint8Array> | null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source ?? []) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Refuses bodies that are not JSON before any validator reads them, so that a wrong
 * content type (415) and malformed JSON (400) get their own clear errors.
 */
export const requireJsonBody = createMiddleware(async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'type_de_contenu_invalide', 'Envoyez le corps de la requête en JSON, avec l’en-tête «\u202fContent-Type: application/json\u202f».');
  }
  const bytes = await bodyWithin(c);
  let text: string;
  try {
    // Strict decoding: invalid UTF-8 is refused rather than silently replaced.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'encodage_invalide', 'Le corps de la requête n’est pas du texte UTF-8 valide\u202f; enregistrez-le en UTF-8.');
  }
  // Checked before parsing: deeply nested input would exhaust the parser's stack.
  if (maxDepth(text) > MAX_DEPTH) {
    throw new ApiError(400, 'json_trop_imbrique', `Le JSON est imbriqué sur plus de ${MAX_DEPTH} niveaux\u202f; aucune réponse n’en demande autant.`);
  }
  try {
    JSON.parse(text);
  } catch {
    throw new ApiError(400, 'json_invalide', 'Le corps de la requête n’est pas un JSON valide\u202f; vérifiez les guillemets, virgules et accolades.');
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== null) {
    throw new ApiError(400, 'cle_en_double', `La clé «\u202f${duplicate}\u202f» apparaît deux fois dans un même objet JSON\u202f: gardez-en une seule.`);
  }
  // The validators read the body through c.req.json(), which takes the text from this
  // cache (HonoRequest keeps promises there, whatever its type says) instead of reading again.
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  await next();
});
