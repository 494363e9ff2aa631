import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { changeCampaign } from '../../campaigns/change-campaign.js';
import { describeCampaign } from '../../campaigns/describe-campaign.js';
import { createCampaign } from '../../campaigns/create-campaign.js';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import { summariseCampaigns } from '../../campaigns/summarise-campaigns.js';
import type { AppDeps } from '../../deps.js';
import { limitBody, requireJsonBody } from '../../http/json-body.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { requireInstrument } from '../../instruments/require-instrument.js';
import { validCampaignPath } from './campaign-path.js';
import { campaignName, surveyId, typedLabel } from '../identifiers.js';

/** An instant with its offset, stored in UTC so that instants compare as texts. */
const isoDate = z
  .string()
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString())
  .nullable()
  .optional();

const newCampaign = z.object({
  surveyId,
  campaign: campaignName,
  label: typedLabel(200).optional(),
  opensAt: isoDate,
  closesAt: isoDate,
}).strict();

const campaignChange = z.object({
  label: typedLabel(200).optional(),
  opensAt: isoDate,
  closesAt: isoDate,
  /** Close now. */
  close: z.literal(true).optional(),
  /** Publish (true) or withdraw (false) the results. */
  publish: z.boolean().optional(),
}).strict();

/** The campaigns: list with their counts, create, change (dates, closing, publication). */
export function adminCampaignsRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  const { db, clock } = deps;
  return new Hono()
    .get('/', async (c) => c.json(await summariseCampaigns(db, clock.now())))
    .post('/', limitBody, requireJsonBody, zValidator('json', newCampaign, rejectInvalid), async (c) => {
      const { surveyId, ...input } = c.req.valid('json');
      return c.json(await createCampaign(db, requireInstrument(instruments, surveyId), input, clock.now()), 201);
    })
    .get('/:surveyId/:campaign', validCampaignPath, async (c) => {
      const { surveyId, campaign } = c.req.valid('param');
      return c.json(describeCampaign(await requireCampaign(db, surveyId, campaign), clock.now()));
    })
    .patch('/:surveyId/:campaign', validCampaignPath, limitBody, requireJsonBody, zValidator('json', campaignChange, rejectInvalid), async (c) => {
      const { surveyId, campaign } = c.req.valid('param');
      const current = await requireCampaign(db, surveyId, campaign);
      return c.json(await changeCampaign(db, deps.catalog, current, c.req.valid('json'), clock.now(), deps.suppressionK ?? 5));
    });
}
