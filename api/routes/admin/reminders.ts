import { Hono } from 'hono';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import type { AppDeps } from '../../deps.js';
import { sendReminders } from '../../invitations/send-reminders.js';
import { validCampaignPath } from './campaign-path.js';

/** Reminders: every invited collectivity of the campaign without a complete response is e-mailed its link again. */
export function adminRemindersRoutes(deps: AppDeps) {
  return new Hono().post('/:surveyId/:campaign/reminders', validCampaignPath, async (c) => {
    const { surveyId, campaign: name } = c.req.valid('param');
    const campaign = await requireCampaign(deps.db, surveyId, name);
    return c.json(await sendReminders(deps, campaign, deps.clock.now()));
  });
}
