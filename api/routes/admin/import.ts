import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { parseXlsx } from '../../exports/xlsx.js';
import { ApiError } from '../../http/errors.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { assertImportAccepted } from '../../imports/assert-import-accepted.js';
import { importResponses } from '../../imports/import-responses.js';
import { parseCsv } from '../../imports/parse-csv.js';
import { requireInstrument } from '../../instruments/require-instrument.js';
import { validCampaignPath } from './campaign-path.js';

const importQuery = z.object({ mode: z.enum(['tout-ou-rien', 'partiel']).default('tout-ou-rien') });

/** Largest accepted import file: some 50,000 rows of the annual survey. */
const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

const importBodyLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: () => {
    throw new ApiError(413, 'fichier_trop_volumineux', `Le fichier dépasse ${MAX_IMPORT_BYTES / 1024 / 1024} Mo\u202f: découpez-le ou utilisez «\u202fnpm run import\u202f».`);
  },
});

/** The rows of an uploaded file, read as its content type says: XLSX or CSV. */
async function uploadedRows(type: string, bytes: Uint8Array): Promise<unknown[][]> {
  if (/spreadsheetml|application\/vnd\.ms-excel|application\/octet-stream/.test(type)) {
    try {
      return await parseXlsx(bytes);
    } catch {
      throw new ApiError(400, 'fichier_illisible', 'Ce fichier XLSX ne peut pas être lu. Enregistrez-le à nouveau depuis votre tableur.');
    }
  }
  if (/text\/csv|text\/plain/.test(type)) return parseCsv(new TextDecoder('utf-8').decode(bytes));
  throw new ApiError(415, 'type_de_contenu_invalide', 'Envoyez un fichier CSV (text/csv) ou XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
}

/** Historical responses from a file laid out as our exports, all or nothing or only the valid rows. */
export function adminImportRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  return new Hono().post('/:surveyId/:campaign/import', validCampaignPath, importBodyLimit, zValidator('query', importQuery, rejectInvalid), async (c) => {
    const { surveyId, campaign } = c.req.valid('param');
    const instrument = requireInstrument(instruments, surveyId);
    const rows = await uploadedRows(c.req.header('content-type') ?? '', new Uint8Array(await c.req.arrayBuffer()));
    const report = await importResponses(deps, instrument, campaign, rows, { allOrNothing: c.req.valid('query').mode === 'tout-ou-rien' });
    assertImportAccepted(report);
    return c.json(report);
  });
}
