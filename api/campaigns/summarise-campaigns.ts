import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { countInvitationsPerCampaign } from '../queries/count-invitations-per-campaign.js';
import { countPendingPerCampaign } from '../queries/count-pending-per-campaign.js';
import { countResponsesPerCampaign } from '../queries/count-responses-per-campaign.js';
import { listCampaignRecords } from '../queries/list-campaign-records.js';
import { isOpen } from './campaign-rules.js';

type CampaignKey = { survey_id: string; campaign: string };
const same = (a: CampaignKey, b: CampaignKey) => a.survey_id === b.survey_id && a.campaign === b.campaign;

/** Every campaign record, with whether it is open at `now`, its responses per status, those to check, and its invitations. */
export async function summariseCampaigns(db: Kysely<Database>, now: Date) {
  const [campaigns, responses, invitations, pending] = await Promise.all([
    listCampaignRecords(db),
    countResponsesPerCampaign(db),
    countInvitationsPerCampaign(db),
    countPendingPerCampaign(db),
  ]);
  const responsesOf = (campaign: CampaignKey, status: string) => responses.find((x) => same(x, campaign) && x.status === status)?.n ?? 0;
  return campaigns.map((campaign) => ({
    surveyId: campaign.survey_id,
    campaign: campaign.campaign,
    label: campaign.label,
    nature: campaign.nature,
    opensAt: campaign.opens_at,
    closesAt: campaign.closes_at,
    publishedAt: campaign.published_at,
    open: isOpen(campaign, now),
    complete: responsesOf(campaign, 'complete'),
    partial: responsesOf(campaign, 'partial'),
    invited: invitations.find((x) => same(x, campaign))?.n ?? 0,
    /** Responses given without an invitation, waiting for the administrator's check. */
    pending: pending.find((x) => same(x, campaign))?.n ?? 0,
  }));
}
