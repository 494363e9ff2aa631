import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import { currentCampaign, type LoadedInstrument } from '../instruments/catalog.js';
import { findCampaign } from '../queries/find-campaign.js';
import { campaignForNewResponse, isOpen } from './campaign-rules.js';

/** What a respondent's page says of a campaign: whether it takes answers, until when, and whether its results can be read. */
export interface CampaignState {
  campaign: string;
  label: string;
  /** Takes new answers and edits. */
  open: boolean;
  /** ISO instant it closes (or closed) at; null when no date is set. */
  closesAt: string | null;
  /** Its results are published: the page may link to them. */
  resultsPublished: boolean;
}

/** The state of one campaign; one the administrator never created (a default campaign) is open, with no date. */
export async function campaignState(db: Kysely<Database>, surveyId: string, campaign: string, now: Date): Promise<CampaignState> {
  const c = await findCampaign(db, surveyId, campaign);
  return {
    campaign,
    label: c?.label ?? campaign,
    open: !c || isOpen(c, now),
    closesAt: c?.closes_at ?? null,
    resultsPublished: Boolean(c?.published_at),
  };
}

/** The state of the campaign a new response to the instrument would join (its default one when it refuses answers). */
export async function newResponseCampaignState(db: Kysely<Database>, instrument: LoadedInstrument, now: Date): Promise<CampaignState> {
  const campaign = await campaignForNewResponse(db, instrument, now).catch((e: unknown) => {
    if (e instanceof DomainError) return currentCampaign(instrument, now);
    throw e;
  });
  return campaignState(db, instrument.id, campaign, now);
}
