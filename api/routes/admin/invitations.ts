import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import type { AppDeps } from '../../deps.js';
import { limitBody, requireJsonBody } from '../../http/json-body.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { inviteCollectivites } from '../../invitations/invite-collectivites.js';
import { validCampaignPath } from './campaign-path.js';

const invitationList = z.object({ lines: z.array(z.string().max(200)).min(1).max(5000) }).strict();

/** Invitations to a campaign, from a list of collectivities: the links created, the lines rejected. */
export function adminInvitationsRoutes(deps: AppDeps) {
  const { db, registry, clock } = deps;
  return new Hono().post('/:surveyId/:campaign/invitations', validCampaignPath, limitBody, requireJsonBody, zValidator('json', invitationList, rejectInvalid), async (c) => {
    const { surveyId, campaign: name } = c.req.valid('param');
    const campaign = await requireCampaign(db, surveyId, name);
    return c.json(await inviteCollectivites(db, registry, campaign, c.req.valid('json').lines, clock.now()), 201);
  });
}
