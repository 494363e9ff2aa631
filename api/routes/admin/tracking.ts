import { Hono } from 'hono';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import type { AppDeps } from '../../deps.js';
import { tallyInvitations } from '../../invitations/tally-invitations.js';
import { trackCampaign } from '../../queries/track-campaign.js';

/** Where a campaign's invitations stand: in total, per type, per region, and one by one. */
export function adminTrackingRoutes(deps: AppDeps) {
  const { db, registry } = deps;
  return new Hono().get('/:surveyId/:campaign/tracking', async (c) => {
    const campaign = await requireCampaign(db, c.req.param('surveyId'), c.req.param('campaign'));
    const progress = await trackCampaign(db, campaign.survey_id, campaign.campaign);
    return c.json({ surveyId: campaign.survey_id, campaign: campaign.campaign, ...tallyInvitations(registry, progress) });
  });
}
