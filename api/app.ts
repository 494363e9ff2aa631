import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppDeps } from './deps.js';
import { handleError, notFoundHandler } from './http/errors.js';
import { rateLimit } from './http/rate-limit.js';
import { sameOrigin } from './http/same-origin.js';
import { securityHeaders } from './http/security-headers.js';
import { adminRoutes } from './routes/admin.js';
import { collectivitesRoutes } from './routes/collectivites.js';
import { diffusionRoutes } from './routes/diffusion.js';
import { guideRoutes } from './routes/guide.js';
import { invitationsRoutes } from './routes/invitations.js';
import { responsesRoutes } from './routes/responses.js';
import { groupCommitWriter } from './responses/response-writer.js';
import { resultsRoutes } from './routes/results.js';
import { surveysRoutes } from './routes/surveys.js';

/** Wires the API (and, when `webRoot` is given, the built web app) from its dependencies. */
export function createApp(appDeps: AppDeps) {
  const deps: AppDeps = { ...appDeps, writer: appDeps.writer ?? groupCommitWriter(appDeps.db, appDeps.catalog) };

  const limits = deps.rateLimits;
  // One budget of refused checks per client, whichever link it tries (response or invitation).
  const failedChecks = rateLimit(limits?.failedChecksPerMinute ?? 0, deps.clock, 'liens refusés', (status) => status === 401 || status === 404);
  const api = new Hono()
    .use('*', sameOrigin)
    .on('POST', '/surveys/:id/responses', rateLimit(limits?.createPerMinute ?? 0, deps.clock, 'réponses créées'))
    .use('/responses/*', failedChecks)
    .use('/invitations/*', failedChecks)
    .get('/health', (c) => c.json({ status: 'ok' }))
    .route('/surveys', surveysRoutes(deps))
    .route('/surveys', resultsRoutes(deps))
    .route('/responses', responsesRoutes(deps))
    .route('/collectivites', collectivitesRoutes(deps.registry))
    .route('/guide', guideRoutes())
    .route('/diffusion', diffusionRoutes(deps.suppressionK ?? 5))
    .route('/invitations', invitationsRoutes(deps))
    .route('/admin', adminRoutes(deps));

  const app = new Hono().use('*', securityHeaders).route('/api', api);
  app.onError(handleError);
  app.notFound(notFoundHandler);

  if (deps.webRoot) mountWeb(app, deps.webRoot);
  return app;
}

/** Serves the built single-page app: real files first, then index.html for client routes. */
function mountWeb(app: Hono, root: string): void {
  const index = path.join(root, 'index.html');
  app.use('/*', async (c, next) => (c.req.path.startsWith('/api/') ? next() : serveStatic({ root })(c, next)));
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/') || !fs.existsSync(index)) return next();
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}

export type AppType = ReturnType<typeof createApp>;
