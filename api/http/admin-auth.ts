import { createMiddleware } from 'hono/factory';
import { bearerToken, isAdmin } from './bearer.js';
import { ApiError } from './errors.js';

/** Administrator routes: 401 without a token, 403 with any other token (a response's, an invitation's). */
export function requireAdmin(adminTokenHash: string | undefined) {
  return createMiddleware(async (c, next) => {
    if (!bearerToken(c)) {
      throw new ApiError(
        401,
        'administrateur_requis',
        'Cette page est réservée à l’administrateur de l’ARRICOD\u202f: connectez-vous avec le jeton d’administration.',
        [],
        { 'WWW-Authenticate': 'Bearer realm="administration"' },
      );
    }
    if (!isAdmin(c, adminTokenHash)) {
      throw new ApiError(403, 'acces_refuse', 'Ce jeton ne donne pas accès à l’administration. Utilisez le jeton d’administration de l’ARRICOD.');
    }
    await next();
  });
}
