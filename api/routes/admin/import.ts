import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { exportColumns } from '../../exports/columns.js';
import { DomainError } from '../../domain/domain-error.js';
import { ApiError } from '../../http/errors.js';
import { rejectInvalid } from '../../http/validation-hook.js';
import { assertImportAccepted } from '../../imports/assert-import-accepted.js';
import { importResponses } from '../../imports/import-responses.js';
import { importRecords, type ImportFormat } from '../../imports/import-records.js';
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

/** The format of an upload by its content type: XLSX, JSON lines or CSV. */
function uploadFormat(type: string): ImportFormat {
  if (/spreadsheetml|application\/vnd\.ms-excel|application\/octet-stream/.test(type)) return 'xlsx';
  if (/application\/(x-)?(ndjson|jsonl|jsonlines)/.test(type)) return 'jsonl';
  if (/text\/csv|text\/plain/.test(type)) return 'csv';
  throw new ApiError(
    415,
    'type_de_contenu_invalide',
    'Envoyez un fichier CSV (text/csv), XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) ou JSON lines (application/x-ndjson).',
  );
}

/** An XLSX file that cannot be read is the sender's problem, said as such; any other failure is left as it is. */
function unreadableXlsx(error: unknown): unknown {
  if (error instanceof DomainError || error instanceof ApiError) return error;
  return new ApiError(400, 'fichier_illisible', 'Ce fichier XLSX ne peut pas être lu. Enregistrez-le à nouveau depuis votre tableur.');
}

/** Responses from a file (a table laid out as our exports, or JSON lines), all or nothing or only the valid lines. */
export function adminImportRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  return new Hono().post('/:surveyId/:campaign/import', validCampaignPath, importBodyLimit, zValidator('query', importQuery, rejectInvalid), async (c) => {
    const { surveyId, campaign } = c.req.valid('param');
    const instrument = requireInstrument(instruments, surveyId);
    const format = uploadFormat(c.req.header('content-type') ?? '');
    // The body is read as it arrives, through the same streaming import as npm run import.
    const body = c.req.raw.body ? Readable.fromWeb(c.req.raw.body as WebReadableStream<Uint8Array>) : Readable.from([]);
    const records = importRecords(format, exportColumns(instrument.spec), body);
    const allOrNothing = c.req.valid('query').mode === 'tout-ou-rien';
    const report = await importResponses(deps, instrument, campaign, records, { allOrNothing }).catch((e: unknown) => {
      throw format === 'xlsx' ? unreadableXlsx(e) : e;
    });
    assertImportAccepted(report);
    return c.json(report);
  });
}
