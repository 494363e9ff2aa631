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

/** Campaign e-mail, when SMTP_URL is set: without it nothing is queued and links are shown to copy. */
export interface MailDeps {
  /** MAIL_FROM, shown to the administrator. */
  from: string;
  /** PUBLIC_URL, without a trailing slash: the base of the links written in messages. */
  publicUrl: string;
  /** Messages were committed: the outbox worker looks at once (it also looks by itself every few seconds). */
  notify(): void;
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
  /** Campaign e-mail; absent: off. */
  mail?: MailDeps;
  /** Folder of the built web app; when set, it is served under `/`. */
  webRoot?: string;
}
