import { createHash, randomFillSync, timingSafeEqual } from 'node:crypto';

/*
 * Random bytes drawn 4 KiB at a time: one call into the system's generator serves about a
 * hundred ids and tokens, where a call for each cost a twentieth of an import's time. The
 * pool never gives the same byte twice.
 */
const pool = Buffer.alloc(4096);
let used = pool.length;
function randomBytes(n: number): Buffer {
  if (used + n > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const bytes = Buffer.from(pool.subarray(used, used + n));
  used += n;
  return bytes;
}

/** The 64 URL-safe characters of base64url, in ASCII order: ids compare as the numbers they encode. */
const ORDERED_ALPHABET = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
/**
 * Milliseconds are counted from 2020 in 42 bits (7 characters, until 2159), so that an id
 * begins with a digit or a letter — never with « - », which a spreadsheet reads as a
 * formula (exports escape it) and a command line as an option.
 */
const EPOCH = Date.UTC(2020, 0, 1);
const TIME_CHARACTERS = 7;
const RANDOM_CHARACTERS = 15; // 90 random bits

/**
 * 22 URL-safe characters: the time of creation in milliseconds, then 90 random bits. Ids
 * cannot be enumerated or guessed (the random part), and new ones sort after older ones (the
 * time part), so that every index keyed by a response id — its primary key, the change
 * notes — grows at its end instead of taking a write in a random page of a B-tree for each
 * new response: at a million responses, that doubled what a transaction wrote.
 */
export function newOrderedId(now = Date.now()): string {
  const elapsed = Math.max(0, now - EPOCH);
  let id = '';
  for (let i = TIME_CHARACTERS - 1; i >= 0; i--) id += ORDERED_ALPHABET[Math.floor(elapsed / 2 ** (6 * i)) % 64];
  for (const byte of randomBytes(RANDOM_CHARACTERS)) id += ORDERED_ALPHABET[byte & 63];
  return id;
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

/** The stored hash of a response nobody holds a token for (an import): no token's hash has its length. */
export const NO_TOKEN = '';

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
