import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import type { AppDeps } from '../../deps.js';
import { ApiError } from '../../http/errors.js';
import { limitBody, requireJsonBody } from '../../http/json-body.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { parseCsv } from '../../imports/parse-csv.js';
import { inviteCollectivites } from '../../invitations/invite-collectivites.js';
import { reissueInvitation } from '../../invitations/reissue-invitation.js';
import { validCampaignPath } from './campaign-path.js';
import { campaignName, surveyId } from '../identifiers.js';

const MAX_LINES = 5000;
const invitationList = z.object({ lines: z.array(z.string().max(1000)).min(1).max(MAX_LINES) }).strict();
const invitationPath = z.object({ surveyId, campaign: campaignName, collectivite: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/) });

const csvBodyLimit = bodyLimit({
  maxSize: 2 * 1024 * 1024,
  onError: () => {
    throw new ApiError(413, 'fichier_trop_volumineux', 'Le fichier dépasse 2 Mo\u202f: découpez la liste en plusieurs fichiers.');
  },
});

/**
 * The lines of an uploaded CSV: `collectivité;adresse[, adresse…]` per row (a first row of
 * titles naming « collectivité » is skipped), as the JSON route reads them.
 */
async function csvLines(type: string, bytes: ArrayBuffer): Promise<string[]> {
  if (!/^text\/(csv|plain)\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'type_de_contenu_invalide', 'Envoyez la liste en CSV, avec l’en-tête «\u202fContent-Type: text/csv\u202f»\u202f: une ligne «\u202fcollectivité;adresse\u202f» par collectivité.');
  }
  const rows = parseCsv(new TextDecoder('utf-8').decode(bytes)).map((cells) => {
    const [who = '', ...emails] = cells;
    return emails.some((e) => e.trim() !== '') ? `${who};${emails.join(',')}` : who;
  });
  if (rows[0] && /collectivit/i.test(rows[0].split(';')[0] ?? '')) rows[0] = '';
  if (rows.filter((r) => r.trim() !== '').length === 0) throw new ApiError(422, 'liste_vide', 'Le fichier ne contient aucune ligne «\u202fcollectivité;adresse\u202f».');
  if (rows.length > MAX_LINES) throw new ApiError(422, 'liste_trop_longue', `Au plus ${MAX_LINES} lignes par envoi\u202f: découpez la liste.`);
  return rows;
}

/**
 * Invitations to a campaign: from a list of collectivities with their addresses (JSON lines,
 * or a CSV upload), each new one e-mailed when mail is on; and a new link for one of them.
 */
export function adminInvitationsRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  return new Hono()
    .post('/:surveyId/:campaign/invitations', validCampaignPath, limitBody, requireJsonBody, zValidator('json', invitationList, rejectInvalid), async (c) => {
      const { surveyId, campaign: name } = c.req.valid('param');
      const campaign = await requireCampaign(db, surveyId, name);
      return c.json(await inviteCollectivites(deps, campaign, c.req.valid('json').lines, clock.now()), 201);
    })
    .post('/:surveyId/:campaign/invitations/csv', validCampaignPath, csvBodyLimit, async (c) => {
      const { surveyId, campaign: name } = c.req.valid('param');
      const campaign = await requireCampaign(db, surveyId, name);
      const lines = await csvLines(c.req.header('content-type') ?? '', await c.req.arrayBuffer());
      return c.json(await inviteCollectivites(deps, campaign, lines, clock.now()), 201);
    })
    .post('/:surveyId/:campaign/invitations/:collectivite/reissue', zValidator('param', invitationPath, rejectInvalid), async (c) => {
      const { surveyId, campaign: name, collectivite } = c.req.valid('param');
      const campaign = await requireCampaign(db, surveyId, name);
      return c.json(await reissueInvitation(deps, campaign, collectivite, clock.now()), 201);
    });
}
