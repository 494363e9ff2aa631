import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { noteShareChanges } from '../counting/note-share-changes.js';
import { settleCollectivities } from '../counting/settle-collectivities.js';
import type { Catalog } from '../instruments/catalog.js';
import { insertResponses, type NewResponse } from '../queries/insert-responses.js';

/**
 * New responses, stored with everything that depends on them in the caller's transaction:
 * their rows and counts, the notes for the peer groups they join, and — when a verified
 * response comes for a collectivity that already counts — the earlier one taken out.
 * Every new response (the API's submissions, the seeds, the imports) goes through here.
 */
export async function storeNewResponses(trx: Kysely<Database>, catalog: Catalog, items: NewResponse[]): Promise<void> {
  await insertResponses(trx, items);
  const counted = items.map((i) => i.row).filter((r) => r.counted === 1);
  if (counted.length === 0) return;
  await noteShareChanges(
    trx,
    catalog,
    counted.map((r) => ({ id: r.id, survey_id: r.survey_id, campaign: r.campaign, before: null, now: { collectivite_type: r.collectivite_type ?? null, strate_population: r.strate_population ?? null } })),
  );
  await settleCollectivities(trx, catalog, counted.map((r) => ({ ...r, collectivite: r.collectivite ?? null })));
}
