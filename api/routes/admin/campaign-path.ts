import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { rejectInvalid } from '../../http/validation-hook.js';

/**
 * A campaign's name, at creation and in every path: it ends up in file names and
 * response headers (an export's Content-Disposition), so only letters, digits, « - » and « _ ».
 */
export const campaignName = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'lettres, chiffres, «\u202f-\u202f» ou «\u202f_\u202f»');

const campaignPath = z.object({ surveyId: z.string().min(1).max(64), campaign: campaignName });

/** Validates `/:surveyId/:campaign` at the edge: a malformed name is a 422, never a lookup nor a header. */
export const validCampaignPath = zValidator('param', campaignPath, rejectInvalid);
