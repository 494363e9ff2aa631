import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { findSetting } from '../queries/find-setting.js';
import { insertSetting } from '../queries/insert-setting.js';
import { hashToken, newToken } from '../security/tokens.js';

const KEY = 'admin_token_hash';

/**
 * The administrator's token: ADMIN_TOKEN when set; otherwise one generated at the first
 * start, whose hash is stored and which is returned (to be printed) that once only.
 */
export async function ensureAdminToken(db: Kysely<Database>, configured: string | undefined): Promise<{ hash: string; generated?: string }> {
  if (configured) return { hash: hashToken(configured) };
  const stored = await findSetting(db, KEY);
  if (stored !== undefined) return { hash: stored };
  const token = newToken();
  const hash = hashToken(token);
  await insertSetting(db, KEY, hash);
  return { hash, generated: token };
}
