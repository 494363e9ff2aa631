import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 random bits, URL-safe: response ids cannot be enumerated or guessed. */
export function newResponseId(): string {
  return randomBytes(16).toString('base64url');
}

/** 256 random bits: the bearer secret that lets a respondent read and edit its response. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens carry 256 bits of entropy, so a single SHA-256 is enough to make the stored
 * value useless to whoever reads the database (no dictionary to try).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
