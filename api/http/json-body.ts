import { createMiddleware } from 'hono/factory';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './errors.js';

/** Largest accepted request body. A complete annual survey weighs about 3 KB. */
export const MAX_BODY_BYTES = 100 * 1024;

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
    throw new ApiError(415, 'type_de_contenu_invalide', 'Envoyez le corps de la requête en JSON, avec l’en-tête « Content-Type: application/json ».');
  }
  const text = await c.req.text();
  try {
    JSON.parse(text);
  } catch {
    throw new ApiError(400, 'json_invalide', 'Le corps de la requête n’est pas un JSON valide ; vérifiez les guillemets, virgules et accolades.');
  }
  await next();
});
