import { Hono } from 'hono';
import { create as contentDisposition } from 'content-disposition';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { requireCampaign } from '../../campaigns/require-campaign.js';
import type { AppDeps } from '../../deps.js';
import { exportCampaign } from '../../exports/export-campaign.js';
import { EXPORT_FORMAT_NAMES } from '../../exports/export-formats.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { requireInstrument } from '../../instruments/require-instrument.js';
import { displayLabel, type Registry } from '../../registry/registry.js';
import { validCampaignPath } from './campaign-path.js';

/** « Grenoble (commune, 38) »: the name that tells homonyms apart. */
function collectiviteName(registry: Registry, key: string): string | undefined {
  const entry = registry.get(key);
  return entry ? displayLabel(entry) : undefined;
}

const exportQuery = z.object({ format: z.enum(EXPORT_FORMAT_NAMES).default('csv'), labels: z.enum(['0', '1']).default('0') });

/** A campaign's responses as a file to download: CSV, XLSX or JSON, with or without a row of labels. */
export function adminExportRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  const { db } = deps;
  return new Hono().get('/:surveyId/:campaign/export', validCampaignPath, zValidator('query', exportQuery, rejectInvalid), async (c) => {
    const { surveyId, campaign: name } = c.req.valid('param');
    const campaign = await requireCampaign(db, surveyId, name);
    const { format, labels } = c.req.valid('query');
    const names = { collectivite: (key: string) => collectiviteName(deps.registry, key) };
    const file = await exportCampaign(db, requireInstrument(instruments, campaign.survey_id), campaign.campaign, format, labels === '1', names);
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', contentDisposition(file.filename));
    return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
  });
}
