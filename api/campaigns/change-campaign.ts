import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';
import { saveCampaign } from '../queries/save-campaign.js';
import { requireCampaign } from './require-campaign.js';

export interface CampaignChange {
  label?: string;
  opensAt?: string | null;
  closesAt?: string | null;
  /** Close now. */
  close?: true;
  /** Publish (true) or withdraw (false) the results. */
  publish?: boolean;
}

/** Applies the fields given to a campaign (absent ones keep their value; null clears a date) and returns it as stored. */
export async function changeCampaign(
  db: Kysely<Database>,
  current: Selectable<CampaignsTable>,
  change: CampaignChange,
  now: Date,
): Promise<Selectable<CampaignsTable>> {
  const at = now.toISOString();
  await saveCampaign(db, {
    ...current,
    label: change.label ?? current.label,
    opens_at: change.opensAt !== undefined ? change.opensAt : current.opens_at,
    closes_at: change.close ? at : change.closesAt !== undefined ? change.closesAt : current.closes_at,
    published_at: change.publish === undefined ? current.published_at : change.publish ? at : null,
  });
  return requireCampaign(db, current.survey_id, current.campaign);
}
