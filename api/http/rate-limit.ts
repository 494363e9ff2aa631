import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Clock } from '../deps.js';
import { ApiError } from './errors.js';

/** The client's address as the socket sees it (a load balancer must keep one address per client; see README). */
function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'inconnu';
  } catch {
    return 'inconnu'; // app.request in tests: no socket
  }
}

/**
 * A fixed one-minute window per client address, kept in memory (per process). `count`
 * decides after the handler whether the request counts (all creations; only refused
 * token checks, so that a holder reading their own response is never slowed down).
 * Over the limit: 429 with Retry-After, and the handler does not run.
 */
export function rateLimit(
  limit: number,
  clock: Clock,
  what: string,
  count: (status: number) => boolean = () => true,
): MiddlewareHandler {
  const windows = new Map<string, { start: number; n: number }>();
  return async (c, next) => {
    if (limit <= 0) return next();
    const now = clock.now().getTime();
    const key = clientKey(c);
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (windows.size > 100_000) windows.clear(); // bounded memory under a flood of addresses
      w = { start: now, n: 0 };
      windows.set(key, w);
    }
    if (w.n >= limit) {
      const retry = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
      throw new ApiError(429, 'trop_de_requetes', `Trop de ${what} depuis votre adresse en une minute (au plus ${limit})\u202f: réessayez dans ${retry}\u00a0s.`, [], {
        'Retry-After': String(retry),
      });
    }
    await next();
    if (count(c.res.status)) w.n++;
  };
}
