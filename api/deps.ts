import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { Catalog } from './instruments/catalog.js';
import type { Registry } from './registry/registry.js';
import type { ResponseWriter } from './responses/response-writer.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Requests allowed per client and per minute; 0 turns a limit off (api/http/rate-limit.ts). */
export interface RateLimits {
  /** POST /api/surveys/:id/responses. */
  createPerMinute: number;
  /** Refused token or invitation checks (401, 404) on responses and invitations. */
  failedChecksPerMinute: number;
}

/** Everything the app needs from outside; nothing in api/ imports a global database. */
export interface AppDeps {
  db: Kysely<Database>;
  registry: Registry;
  clock: Clock;
  /** The instruments, compiled once at start (compileCatalog). */
  catalog: Catalog;
  /** SHA-256 of the administrator's bearer token (ADMIN_TOKEN); without it no request is admin. */
  adminTokenHash?: string;
  /** Smallest group whose aggregates are published (SUPPRESSION_K); 5 by default. */
  suppressionK?: number;
  /** How new responses reach the database; createApp uses a group commit by default. */
  writer?: ResponseWriter;
  /** Per-client limits (429); none when absent (tests), set by the server from the environment. */
  rateLimits?: RateLimits;
  /** Folder of the built web app; when set, it is served under `/`. */
  webRoot?: string;
}
