import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Catalog } from '../instruments/catalog.js';
import { listVerifiedCompleteResponses } from '../queries/list-verified-complete-responses.js';
import { setCounted } from './set-counted.js';

export interface CollectivityKey {
  survey_id: string;
  campaign: string;
  collectivite: string | null;
}

const keyOf = (k: CollectivityKey) => `${k.survey_id}\u0000${k.campaign}\u0000${k.collectivite}`;

/**
 * One collectivity, one voice: of its complete verified responses to a campaign, only the
 * latest counts (the last updated; the greater id on a tie). Run after any write that may
 * change which one that is — a verified response stored, edited or validated.
 */
export async function settleCollectivities(db: Kysely<Database>, catalog: Catalog, keys: CollectivityKey[]): Promise<void> {
  const wanted = new Set(keys.filter((k) => k.collectivite !== null).map(keyOf));
  if (wanted.size === 0) return;
  const collectivites = [...new Set(keys.map((k) => k.collectivite).filter((c): c is string => c !== null))];
  const byKey = new Map<string, Awaited<ReturnType<typeof listVerifiedCompleteResponses>>>();
  for (const r of await listVerifiedCompleteResponses(db, collectivites)) {
    const k = keyOf(r);
    if (wanted.has(k)) byKey.set(k, [...(byKey.get(k) ?? []), r]);
  }
  for (const responses of byKey.values()) {
    const latest = responses.reduce((a, b) => (b.updated_at > a.updated_at || (b.updated_at === a.updated_at && b.id > a.id) ? b : a));
    for (const r of responses) await setCounted(db, catalog, r, r === latest);
  }
}
