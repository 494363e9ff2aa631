import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { listCampaignResponses } from '../queries/list-campaign-responses.js';
import { answersToCells } from './answers-to-cells.js';
import { exportColumns, type ExportNames } from './columns.js';
import { EXPORT_FORMATS, type ExportFormatName } from './export-formats.js';

export interface ExportFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

/** A campaign's responses as a file: CSV (French Excel), XLSX (with a codebook) or JSON; `names` gives the collectivities' names. */
export async function exportCampaign(
  db: Kysely<Database>,
  instrument: LoadedInstrument,
  campaign: string,
  format: ExportFormatName,
  withLabels: boolean,
  names: ExportNames = {},
): Promise<ExportFile> {
  const responses = await listCampaignResponses(db, instrument.id, campaign);
  const columns = exportColumns(instrument.spec, names);
  const { contentType, extension, write } = EXPORT_FORMATS[format];
  const body = await write({ surveyId: instrument.id, campaign, responses, columns, rows: () => responses.map((r) => answersToCells(columns, r)), withLabels });
  return { contentType, filename: `${instrument.id}-${campaign}.${extension}`, body };
}
