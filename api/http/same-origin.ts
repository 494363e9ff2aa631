import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests sent by a browser from another site are refused: when a request
 * carries an Origin header (browsers always send one on POST/PUT/PATCH/DELETE), its host
 * must be ours. Clients that send no Origin (scripts, curl, tests) are not browsers and
 * are judged by their tokens alone.
 */
export const sameOrigin = createMiddleware(async (c, next) => {
  const origin = c.req.header('origin');
  if (!SAFE.has(c.req.method) && origin !== undefined) {
    const host = URL.canParse(origin) ? new URL(origin).host : null;
    // Behind a load balancer the public host arrives as X-Forwarded-Host (a header a page of
    // another site cannot set without a preflight that we do not grant).
    const ours = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
    if (host === null || host !== ours) {
      throw new ApiError(403, 'origine_refusee', 'Cette action ne peut venir que des pages du service lui-même\u202f: la requête venait d’un autre site et a été refusée.');
    }
  }
  await next();
});
