import type { Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '../security/tokens.js';

/** The bearer token of a request, when its Authorization header carries a well-formed one. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+([A-Za-z0-9_-]{1,256})\s*$/.exec(header);
  return match?.[1] ?? null;
}

/** True when the request carries the administrator's token (compared in constant time). */
export function isAdmin(c: Context, adminTokenHash: string | undefined): boolean {
  const token = bearerToken(c);
  if (!token || !adminTokenHash) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(adminTokenHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
