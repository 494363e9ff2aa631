import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { countInvitationsPerCampaign } from '../queries/count-invitations-per-campaign.js';
import { countPendingPerCampaign } from '../queries/count-pending-per-campaign.js';
import { countResponsesPerCampaign } from '../queries/count-responses-per-campaign.js';
import { listCampaignRecords } from '../queries/list-campaign-records.js';
import { describeCampaign } from './describe-campaign.js';

type CampaignKey = { survey_id: string; campaign: string };
const same = (a: CampaignKey, b: CampaignKey) => a.survey_id === b.survey_id && a.campaign === b.campaign;

/** Every campaign record as describeCampaign shows it at `now`, with its responses per status, those to check, and its invitations. */
export async function summariseCampaigns(db: Kysely<Database>, now: Date) {
  const [campaigns, responses, invitations, pending] = await Promise.all([
    listCampaignRecords(db),
    countResponsesPerCampaign(db),
    countInvitationsPerCampaign(db),
    countPendingPerCampaign(db),
  ]);
  const responsesOf = (campaign: CampaignKey, status: string) => responses.find((x) => same(x, campaign) && x.status === status)?.n ?? 0;
  return campaigns.map((campaign) => ({
    ...describeCampaign(campaign, now),
    complete: responsesOf(campaign, 'complete'),
    partial: responsesOf(campaign, 'partial'),
    invited: invitations.find((x) => same(x, campaign))?.n ?? 0,
    /** Responses given without an invitation, waiting for the administrator's check. */
    pending: pending.find((x) => same(x, campaign))?.n ?? 0,
  }));
}
