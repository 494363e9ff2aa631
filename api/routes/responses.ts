import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import type { Selectable } from 'kysely';
import type { AppDeps } from '../deps.js';
import type { ResponsesTable } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import { limitBody, requireJsonBody } from '../http/json-body.js';
import { authorizeResponse } from '../http/response-auth.js';
import { rejectInvalid } from '../http/validation-hook.js';
import { prepareAnswers } from '../instruments/prepare-answers.js';
import { editResponse } from '../responses/edit-response.js';
import { receiptOnCompletion } from '../responses/queue-receipt.js';
import { assertCampaignOpen } from '../campaigns/campaign-rules.js';
import { campaignState } from '../campaigns/campaign-state.js';
import { computeDiagnostic } from '../diagnostic/compute-diagnostic.js';
import { computePeers } from '../peers/compute-peers.js';
import { responseEnvelope } from './response-envelope.js';

/** The ETag of a response version. */
const etagOf = (version: number) => `"v${version}"`;

function staleEdit(): DomainError {
  return new DomainError(
    'modifiee_entre_temps',
    'modification_concurrente',
    'Cette réponse a été modifiée entre-temps (dans un autre onglet ou par une autre personne)\u202f: rechargez-la avant d’enregistrer, pour ne rien écraser.',
  );
}

function responseView(row: Selectable<ResponsesTable>) {
  return {
    id: row.id,
    surveyId: row.survey_id,
    campaign: row.campaign,
    status: row.status,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    /** Whether it counts in the aggregates once complete: answered through an invitation, or checked by the administrator. */
    verification: row.verification,
  };
}

export function responsesRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  const { db, registry, clock } = deps;
  const suppressionK = deps.suppressionK ?? 5;
  return new Hono()
    .get('/:id/diagnostic', async (c) => {
      const row = await authorizeResponse(c, db, c.req.param('id'), deps.adminTokenHash);
      return c.json(await computeDiagnostic(db, instruments, row, suppressionK));
    })
    .get('/:id/peers', async (c) => {
      const row = await authorizeResponse(c, db, c.req.param('id'), deps.adminTokenHash);
      return c.json(await computePeers(db, instruments.get(row.survey_id)!, row, suppressionK, clock.now().toISOString()));
    })
    .get('/:id', async (c) => {
      const row = await authorizeResponse(c, db, c.req.param('id'), deps.adminTokenHash);
      c.header('ETag', etagOf(row.version));
      // Whether it can still be edited, and until when: a closed campaign's response is shown read-only.
      return c.json({ ...responseView(row), campaignState: await campaignState(db, row.survey_id, row.campaign, clock.now()) });
    })
    .put('/:id', limitBody, requireJsonBody, zValidator('json', responseEnvelope, rejectInvalid), async (c) => {
      const row = await authorizeResponse(c, db, c.req.param('id'), deps.adminTokenHash);
      // The instrument of a stored response always exists: ids come from the catalogue.
      const instrument = instruments.get(row.survey_id)!;
      const { answers, status } = c.req.valid('json');
      await assertCampaignOpen(db, row.survey_id, row.campaign, clock.now());
      const ifMatch = c.req.header('if-match');
      if (ifMatch !== undefined && ifMatch !== '*' && !ifMatch.split(',').map((t) => t.trim()).includes(etagOf(row.version))) {
        throw staleEdit();
      }
      const prepared = prepareAnswers(instrument, answers, status, registry);
      const receipt = await receiptOnCompletion(deps, instrument, row, prepared.answers, status);
      const stored = await editResponse(db, instruments, row, prepared, status, clock.now().toISOString(), receipt ? [receipt] : []);
      if (!stored) throw staleEdit();
      if (receipt) deps.mail?.notify();
      c.header('ETag', etagOf(stored.version));
      return c.json(responseView(stored));
    });
}
