import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { currentCampaign, type Catalog } from '../instruments/catalog.js';
import { insertCampaignIfMissing } from '../queries/insert-campaign-if-missing.js';

/**
 * The campaigns new responses join without an invitation — the current year's of each
 * annual instrument, the single one of each permanent instrument — created open and
 * undated when missing, so that the administration lists their responses from the first
 * start instead of waiting for someone to create them by hand. An existing one (created
 * by the administrator, or by a seed) is left as it is. Returns the names created.
 */
export async function ensureStandingCampaigns(db: Kysely<Database>, catalog: Catalog, now: Date): Promise<string[]> {
  const created: string[] = [];
  for (const instrument of catalog.values()) {
    const rhythm = instrument.features.campaigns;
    if (rhythm === 'historique') continue;
    const campaign = currentCampaign(instrument, now);
    const label = rhythm === 'permanente' ? `${instrument.title} — campagne permanente` : `${instrument.title} — campagne ${campaign}`;
    const inserted = await insertCampaignIfMissing(db, {
      survey_id: instrument.id,
      campaign,
      label,
      nature: 'reelle',
      note: null,
      created_at: now.toISOString(),
      opens_at: null,
      closes_at: null,
      published_at: null,
      last_published_at: null,
    });
    if (inserted) created.push(`${instrument.id}/${campaign}`);
  }
  return created;
}
