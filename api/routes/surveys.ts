import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { createMiddleware } from 'hono/factory';
import type { AppDeps, LoadedInstrument } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { limitBody, requireJsonBody } from '../http/json-body.js';
import { rejectInvalid } from '../http/validation-hook.js';
import { currentCampaign } from '../instruments/catalog.js';
import { createResponse } from '../responses/create-response.js';
import { responseEnvelope } from './response-envelope.js';

type SurveyEnv = { Variables: { instrument: LoadedInstrument } };

export function surveysRoutes(deps: AppDeps, instruments: Map<string, LoadedInstrument>) {
  const { clock } = deps;

  // Resolved before the body is read: an unknown survey is a 404 whatever the body holds.
  const knownSurvey = createMiddleware<SurveyEnv>(async (c, next) => {
    const id = c.req.param('id') ?? '';
    const instrument = instruments.get(id);
    if (!instrument) {
      throw new ApiError(
        404,
        'questionnaire_inconnu',
        `Le questionnaire « ${id} » n’existe pas. Questionnaires disponibles : ${[...instruments.keys()].join(', ')}.`,
      );
    }
    c.set('instrument', instrument);
    await next();
  });

  return new Hono<SurveyEnv>()
    .get('/', (c) => {
      const now = clock.now();
      return c.json(
        [...instruments.values()].map((i) => ({
          id: i.id,
          title: i.title,
          year: i.year,
          kind: i.kind,
          campaign: currentCampaign(i, now),
          audience: i.audience,
          description: i.json.description ?? '',
        })),
      );
    })
    .get('/:id', knownSurvey, (c) => {
      const i = c.get('instrument');
      return c.json({ id: i.id, title: i.title, json: i.json });
    })
    .post(
      '/:id/responses',
      knownSurvey,
      limitBody,
      requireJsonBody,
      zValidator('json', responseEnvelope, rejectInvalid),
      async (c) => {
        const { answers, status } = c.req.valid('json');
        const created = await createResponse(deps, c.get('instrument'), answers, status);
        return c.json(created, 201);
      },
    );
}
