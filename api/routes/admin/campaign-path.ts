import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { rejectInvalid } from '../../http/validation-hook.js';
import { campaignName, surveyId } from '../identifiers.js';

const campaignPath = z.object({ surveyId, campaign: campaignName });

/** Validates `/:surveyId/:campaign` at the edge: a malformed name is a 422, never a lookup nor a header. */
export const validCampaignPath = zValidator('param', campaignPath, rejectInvalid);
