import { createMiddleware } from 'hono/factory';
import type { Catalog, LoadedInstrument } from '../instruments/catalog.js';
import { ApiError } from './errors.js';

export type SurveyEnv = { Variables: { instrument: LoadedInstrument } };

/** Resolves `:id` to an instrument before anything else: an unknown survey is a 404 whatever the request holds. */
export function knownSurvey(instruments: Catalog) {
  return createMiddleware<SurveyEnv>(async (c, next) => {
    const id = c.req.param('id') ?? '';
    const instrument = instruments.get(id);
    if (!instrument) {
      throw new ApiError(
        404,
        'questionnaire_inconnu',
        `Le questionnaire «\u202f${id}\u202f» n’existe pas. Questionnaires disponibles\u202f: ${[...instruments.keys()].join(', ')}.`,
      );
    }
    c.set('instrument', instrument);
    await next();
  });
}
