import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { limitBody, requireJsonBody } from '../../http/json-body.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { listResponsesForReview } from '../../queries/list-responses-for-review.js';
import { campaignName, surveyId } from '../identifiers.js';
import { displayLabel } from '../../registry/registry.js';
import { verifyResponse } from '../../responses/verify-response.js';

const reviewQuery = z.object({
  surveyId: surveyId.optional(),
  campaign: campaignName.optional(),
  verification: z.enum(['en_attente', 'verifiee', 'ecartee']).default('en_attente'),
});
const decision = z.object({ verified: z.boolean() }).strict();

/** Responses given without an invitation: listed for the administrator, who validates them or sets them aside. */
export function adminResponsesRoutes(deps: AppDeps) {
  const { db, registry, catalog } = deps;
  const view = (r: { id: string; survey_id: string; campaign: string; status: string; verification: string; counted: number; collectivite: string | null; collectivite_type: string | null; updated_at: string }) => {
    const entry = r.collectivite ? registry.get(r.collectivite) : undefined;
    return {
      id: r.id,
      surveyId: r.survey_id,
      campaign: r.campaign,
      status: r.status,
      verification: r.verification,
      counted: r.counted === 1,
      // The collectivity the respondent declares: what the administrator checks.
      collectivite: r.collectivite ? { key: r.collectivite, label: entry ? displayLabel(entry) : r.collectivite } : null,
      collectiviteType: r.collectivite_type,
      updatedAt: r.updated_at,
    };
  };
  return new Hono()
    .get('/', zValidator('query', reviewQuery, rejectInvalid), async (c) => {
      const rows = await listResponsesForReview(db, c.req.valid('query'), 500);
      return c.json(rows.map(view));
    })
    .patch('/:id', limitBody, requireJsonBody, zValidator('json', decision, rejectInvalid), async (c) => {
      const row = await verifyResponse(db, catalog, c.req.param('id'), c.req.valid('json').verified);
      return c.json(view(row));
    });
}
