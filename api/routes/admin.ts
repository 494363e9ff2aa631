import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { resolveCollectivite } from '../admin/resolve-collectivite.js';
import { isOpen } from '../campaigns/campaign-rules.js';
import type { AppDeps, LoadedInstrument } from '../deps.js';
import { exportCampaign } from '../exports/export-campaign.js';
import { parseXlsx } from '../exports/xlsx.js';
import { requireAdmin } from '../http/admin-auth.js';
import { ApiError } from '../http/errors.js';
import { limitBody, requireJsonBody } from '../http/json-body.js';
import { rejectInvalid } from '../http/validation-hook.js';
import { assertImportAccepted } from '../imports/assert-import-accepted.js';
import { importResponses } from '../imports/import-responses.js';
import { parseCsv } from '../imports/parse-csv.js';
import { countInvitationsPerCampaign } from '../queries/count-invitations-per-campaign.js';
import { countResponsesPerCampaign } from '../queries/count-responses-per-campaign.js';
import { findCampaign } from '../queries/find-campaign.js';
import { listCampaignRecords } from '../queries/list-campaign-records.js';
import { insertInvitations } from '../queries/insert-invitations.js';
import { saveCampaign } from '../queries/save-campaign.js';
import { trackCampaign } from '../queries/track-campaign.js';
import { displayLabel } from '../registry/registry.js';
import { hashToken, newToken } from '../security/tokens.js';

const isoDate = z.string().datetime({ offset: true }).nullable().optional();
const campaignName = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'lettres, chiffres, « - » ou « _ »');

const newCampaign = z.object({
  surveyId: z.string().min(1).max(64),
  campaign: campaignName,
  label: z.string().min(1).max(200).optional(),
  opensAt: isoDate,
  closesAt: isoDate,
}).strict();

const campaignChange = z.object({
  label: z.string().min(1).max(200).optional(),
  opensAt: isoDate,
  closesAt: isoDate,
  /** Close now. */
  close: z.literal(true).optional(),
  /** Publish (true) or withdraw (false) the results. */
  publish: z.boolean().optional(),
}).strict();

const invitationList = z.object({ lines: z.array(z.string().max(200)).min(1).max(5000) }).strict();
const exportQuery = z.object({ format: z.enum(['csv', 'xlsx', 'json']).default('csv'), labels: z.enum(['0', '1']).default('0') });
const importQuery = z.object({ mode: z.enum(['tout-ou-rien', 'partiel']).default('tout-ou-rien') });

/** Largest accepted import file: some 50,000 rows of the annual survey. */
const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/** The administration: campaigns, invitations, tracking, exports and imports. Every route needs the admin token. */
export function adminRoutes(deps: AppDeps, instruments: Map<string, LoadedInstrument>) {
  const { db, registry, clock } = deps;

  const instrumentOf = (id: string): LoadedInstrument => {
    const instrument = instruments.get(id);
    if (!instrument) throw new ApiError(404, 'questionnaire_inconnu', `Le questionnaire « ${id} » n’existe pas.`);
    return instrument;
  };
  const campaignOf = async (surveyId: string, campaign: string) => {
    const found = await findCampaign(db, surveyId, campaign);
    if (!found) throw new ApiError(404, 'campagne_inconnue', `La campagne « ${campaign} » du questionnaire « ${surveyId} » n’existe pas. Créez-la d’abord.`);
    return found;
  };

  return new Hono()
    .use('*', requireAdmin(deps.adminTokenHash))
    .get('/campaigns', async (c) => {
      const [campaigns, counts, invited] = await Promise.all([
        listCampaignRecords(db),
        countResponsesPerCampaign(db),
        countInvitationsPerCampaign(db),
      ]);
      const now = clock.now();
      const count = (s: string, k: string, status: string) => Number(counts.find((x) => x.survey_id === s && x.campaign === k && x.status === status)?.n ?? 0);
      return c.json(
        campaigns.map((k) => ({
          surveyId: k.survey_id,
          campaign: k.campaign,
          label: k.label,
          nature: k.nature,
          opensAt: k.opens_at,
          closesAt: k.closes_at,
          publishedAt: k.published_at,
          open: isOpen(k, now),
          complete: count(k.survey_id, k.campaign, 'complete'),
          partial: count(k.survey_id, k.campaign, 'partial'),
          invited: Number(invited.find((x) => x.survey_id === k.survey_id && x.campaign === k.campaign)?.n ?? 0),
        })),
      );
    })
    .post('/campaigns', limitBody, requireJsonBody, zValidator('json', newCampaign, rejectInvalid), async (c) => {
      const body = c.req.valid('json');
      const instrument = instrumentOf(body.surveyId);
      if (await findCampaign(db, instrument.id, body.campaign)) {
        throw new ApiError(409, 'campagne_existante', `La campagne « ${body.campaign} » existe déjà pour ce questionnaire.`);
      }
      await saveCampaign(db, {
        survey_id: instrument.id,
        campaign: body.campaign,
        label: body.label ?? `${instrument.title} — campagne ${body.campaign}`,
        nature: 'reelle',
        note: null,
        created_at: clock.now().toISOString(),
        opens_at: body.opensAt ?? null,
        closes_at: body.closesAt ?? null,
      });
      return c.json(await campaignOf(instrument.id, body.campaign), 201);
    })
    .patch('/campaigns/:surveyId/:campaign', limitBody, requireJsonBody, zValidator('json', campaignChange, rejectInvalid), async (c) => {
      const current = await campaignOf(c.req.param('surveyId'), c.req.param('campaign'));
      const body = c.req.valid('json');
      const now = clock.now().toISOString();
      await saveCampaign(db, {
        ...current,
        label: body.label ?? current.label,
        opens_at: body.opensAt !== undefined ? body.opensAt : current.opens_at,
        closes_at: body.close ? now : body.closesAt !== undefined ? body.closesAt : current.closes_at,
        published_at: body.publish === undefined ? current.published_at : body.publish ? now : null,
      });
      return c.json(await campaignOf(current.survey_id, current.campaign));
    })
    .post('/campaigns/:surveyId/:campaign/invitations', limitBody, requireJsonBody, zValidator('json', invitationList, rejectInvalid), async (c) => {
      const k = await campaignOf(c.req.param('surveyId'), c.req.param('campaign'));
      const { lines } = c.req.valid('json');
      const now = clock.now().toISOString();
      const created: { collectivite: string; label: string; code: string; path: string }[] = [];
      const rejected: { line: number; input: string; reason: string }[] = [];
      const lineOf = new Map<string, number>();
      lines.forEach((input, i) => {
        if (input.trim() === '') return;
        const r = resolveCollectivite(registry, input);
        if (!r.ok) return rejected.push({ line: i + 1, input, reason: r.reason });
        if (lineOf.has(r.entry.key)) return rejected.push({ line: i + 1, input, reason: 'Collectivité déjà présente plus haut dans la liste.' });
        lineOf.set(r.entry.key, i + 1);
        const code = newToken();
        created.push({ collectivite: r.entry.key, label: displayLabel(r.entry), code, path: `/invitation/${code}` });
      });
      const { already } = await insertInvitations(
        db,
        created.map((x) => ({ code_hash: hashToken(x.code), survey_id: k.survey_id, campaign: k.campaign, collectivite: x.collectivite, response_id: null, created_at: now })),
      );
      for (const key of already) {
        const i = created.findIndex((x) => x.collectivite === key);
        rejected.push({ line: lineOf.get(key)!, input: lines[lineOf.get(key)! - 1]!, reason: 'Déjà invitée à cette campagne : son lien reste celui envoyé la première fois.' });
        created.splice(i, 1);
      }
      rejected.sort((a, b) => a.line - b.line);
      return c.json({ created, rejected }, 201);
    })
    .get('/campaigns/:surveyId/:campaign/tracking', async (c) => {
      const k = await campaignOf(c.req.param('surveyId'), c.req.param('campaign'));
      const progress = await trackCampaign(db, k.survey_id, k.campaign);
      type Tally = { key: string; label: string; invited: number; complete: number; partial: number };
      const byType = new Map<string, Tally>();
      const byRegion = new Map<string, Tally>();
      const add = (map: Map<string, Tally>, key: string, label: string, status: string | null) => {
        const t = map.get(key) ?? { key, label, invited: 0, complete: 0, partial: 0 };
        t.invited++;
        if (status === 'complete') t.complete++;
        if (status === 'partial') t.partial++;
        map.set(key, t);
      };
      for (const p of progress) {
        const entry = registry.get(p.collectivite);
        add(byType, entry?.type ?? 'autre', entry?.type ?? 'autre', p.status);
        const region = entry?.region ? registry.get(`region:${entry.region}`) : undefined;
        add(byRegion, region?.code ?? 'inconnue', region?.nom ?? 'Région inconnue', p.status);
      }
      const total = { invited: progress.length, complete: progress.filter((p) => p.status === 'complete').length, partial: progress.filter((p) => p.status === 'partial').length };
      return c.json({
        surveyId: k.survey_id,
        campaign: k.campaign,
        ...total,
        byType: [...byType.values()].sort((a, b) => b.invited - a.invited),
        byRegion: [...byRegion.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
        invitations: progress.map((p) => ({ collectivite: p.collectivite, label: registry.get(p.collectivite) ? displayLabel(registry.get(p.collectivite)!) : p.collectivite, status: p.status })),
      });
    })
    .get('/campaigns/:surveyId/:campaign/export', zValidator('query', exportQuery, rejectInvalid), async (c) => {
      const k = await campaignOf(c.req.param('surveyId'), c.req.param('campaign'));
      const { format, labels } = c.req.valid('query');
      const file = await exportCampaign(db, instrumentOf(k.survey_id), k.campaign, format, labels === '1');
      c.header('Content-Type', file.contentType);
      c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
      return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
    })
    .post(
      '/campaigns/:surveyId/:campaign/import',
      bodyLimit({
        maxSize: MAX_IMPORT_BYTES,
        onError: () => {
          throw new ApiError(413, 'fichier_trop_volumineux', `Le fichier dépasse ${MAX_IMPORT_BYTES / 1024 / 1024} Mo : découpez-le ou utilisez « npm run import ».`);
        },
      }),
      zValidator('query', importQuery, rejectInvalid),
      async (c) => {
        const instrument = instrumentOf(c.req.param('surveyId'));
        const campaign = c.req.param('campaign');
        const type = c.req.header('content-type') ?? '';
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        let rows: unknown[][];
        if (/spreadsheetml|application\/vnd\.ms-excel|application\/octet-stream/.test(type)) {
          try {
            rows = await parseXlsx(bytes);
          } catch {
            throw new ApiError(400, 'fichier_illisible', 'Ce fichier XLSX ne peut pas être lu. Enregistrez-le à nouveau depuis votre tableur.');
          }
        } else if (/text\/csv|text\/plain/.test(type)) {
          rows = parseCsv(new TextDecoder('utf-8').decode(bytes));
        } else {
          throw new ApiError(415, 'type_de_contenu_invalide', 'Envoyez un fichier CSV (text/csv) ou XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
        }
        const { mode } = c.req.valid('query');
        const report = await importResponses(deps, instrument, campaign, rows, { allOrNothing: mode === 'tout-ou-rien' });
        assertImportAccepted(report);
        return c.json(report);
      },
    );
}
