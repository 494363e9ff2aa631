import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';
import { findDuplicateKey, MAX_DEPTH, maxDepth } from './strict-json.js';

/** Largest accepted request body. A complete annual survey weighs about 3 KB. */
const MAX_BODY_BYTES = 100 * 1024;

export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(
      413,
      'corps_trop_volumineux',
      `La requête dépasse la taille maximale acceptée (${MAX_BODY_BYTES / 1024} Ko). Allégez les réponses de texte libre.`,
    );
  },
});

/**
 * Refuses bodies that are not JSON before any validator reads them, so that a wrong
 * content type (415) and malformed JSON (400) get their own clear errors.
 */
export const requireJsonBody = createMiddleware(async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'type_de_contenu_invalide', 'Envoyez le corps de la requête en JSON, avec l’en-tête «\u202fContent-Type: application/json\u202f».');
  }
  let text: string;
  try {
    // Strict decoding: invalid UTF-8 is refused rather than silently replaced.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
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
  await next();
});
