import { Hono } from 'hono';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import type { AppDeps } from '../../deps.js';
import { tallyInvitations } from '../../invitations/tally-invitations.js';
import { mailView } from '../../outbox/mail-status.js';
import { listLastMails } from '../../queries/list-last-mails.js';
import { trackCampaign } from '../../queries/track-campaign.js';
import { validCampaignPath } from './campaign-path.js';

/** Where a campaign's invitations stand: in total, per type, per region, and one by one with its last message. */
export function adminTrackingRoutes(deps: AppDeps) {
  const { db, registry } = deps;
  return new Hono().get('/:surveyId/:campaign/tracking', validCampaignPath, async (c) => {
    const { surveyId, campaign: name } = c.req.valid('param');
    const campaign = await requireCampaign(db, surveyId, name);
    const progress = await trackCampaign(db, campaign.survey_id, campaign.campaign);
    const mails = await listLastMails(db, campaign.survey_id, campaign.campaign);
    const lastMails = new Map([...mails].map(([key, mail]) => [key, mailView(mail)]));
    return c.json({ surveyId: campaign.survey_id, campaign: campaign.campaign, mailEnabled: Boolean(deps.mail), ...tallyInvitations(registry, progress, lastMails) });
  });
}
