import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { AppDeps } from '../deps.js';
import { knownSurvey as knownSurveyMiddleware, type SurveyEnv } from '../http/known-survey.js';
import { limitBody, requireJsonBody } from '../http/json-body.js';
import { rejectInvalid } from '../http/validation-hook.js';
import { currentCampaign } from '../instruments/catalog.js';
import { instrumentSchemaDocument } from '../instruments/instrument-schema.js';
import { campaignForNewResponse } from '../campaigns/campaign-rules.js';
import { newResponseCampaignState } from '../campaigns/campaign-state.js';
import { answerInvitation } from '../responses/answer-invitation.js';
import { createResponse } from '../responses/create-response.js';
import { responseEnvelope } from './response-envelope.js';

export function surveysRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  const { clock } = deps;

  const knownSurvey = knownSurveyMiddleware(instruments);

  return new Hono<SurveyEnv>()
    .get('/', async (c) => {
      const now = clock.now();
      const list = [];
      for (const i of instruments.values()) {
        // The campaign a new response would join, and whether one can be given at all.
        const joined = await campaignForNewResponse(deps.db, i, now).then(
          (campaign) => ({ campaign, open: true }),
          () => ({ campaign: currentCampaign(i, now), open: false }),
        );
        list.push({ id: i.id, title: i.title, year: i.year, kind: i.kind, ...joined, audience: i.audience, description: i.json.description ?? '', features: i.features });
      }
      return c.json(list);
    })
    .get('/:id', knownSurvey, async (c) => {
      const i = c.get('instrument');
      // The campaign a new response would join: the page offers no form when it is closed.
      const campaignState = await newResponseCampaignState(deps.db, i, clock.now());
      return c.json({ id: i.id, title: i.title, json: i.json, features: i.features, campaignState });
    })
    // The JSON Schema of a response's body, for integrators: the rules the service checks answers with.
    .get('/:id/schema', knownSurvey, (c) => {
      const i = c.get('instrument');
      return c.json(instrumentSchemaDocument(i.spec, i.title), 200, { 'content-type': 'application/schema+json; charset=utf-8' });
    })
    .post(
      '/:id/responses',
      knownSurvey,
      limitBody,
      requireJsonBody,
      zValidator('json', responseEnvelope, rejectInvalid),
      async (c) => {
        const { answers, status, invitation } = c.req.valid('json');
        const instrument = c.get('instrument');
        if (invitation) return c.json(await answerInvitation(deps, instrument, answers, status, invitation), 201);
        const campaign = await campaignForNewResponse(deps.db, instrument, clock.now());
        // Anybody may answer; the response counts once the administrator has checked who it is.
        const created = await createResponse(deps, instrument, answers, status, { campaign, verified: false });
        c.header('ETag', '"v1"');
        return c.json(created, 201);
      },
    );
}
