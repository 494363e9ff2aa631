import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { DomainError } from '../domain/domain-error.js';
import { findCampaign } from '../queries/find-campaign.js';
import { saveCampaign } from '../queries/save-campaign.js';
import { assertDatesInOrder } from './campaign-rules.js';
import { requireCampaign } from './require-campaign.js';

export interface NewCampaign {
  campaign: string;
  label?: string;
  opensAt?: string | null;
  closesAt?: string | null;
}

/** A new real campaign of an instrument, labelled after it unless a label is given; a name already taken is refused. */
export async function createCampaign(
  db: Kysely<Database>,
  instrument: LoadedInstrument,
  input: NewCampaign,
  now: Date,
): Promise<Selectable<CampaignsTable>> {
  if (await findCampaign(db, instrument.id, input.campaign)) {
    throw new DomainError('conflit', 'campagne_existante', `La campagne «\u202f${input.campaign}\u202f» existe déjà pour ce questionnaire.`);
  }
  assertDatesInOrder({ opens_at: input.opensAt ?? null, closes_at: input.closesAt ?? null });
  await saveCampaign(db, {
    survey_id: instrument.id,
    campaign: input.campaign,
    label: input.label ?? `${instrument.title} — campagne ${input.campaign}`,
    nature: 'reelle',
    note: null,
    created_at: now.toISOString(),
    opens_at: input.opensAt ?? null,
    closes_at: input.closesAt ?? null,
  });
  return requireCampaign(db, instrument.id, input.campaign);
}
