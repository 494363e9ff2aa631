import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { listCampaignResponses } from '../queries/list-campaign-responses.js';
import { answersToCells } from './answers-to-cells.js';
import { exportColumns } from './columns.js';
import { toCsv } from './csv.js';
import { toXlsx } from './xlsx.js';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface ExportFile {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

/** A campaign's responses as CSV (French Excel), XLSX (with a codebook) or JSON. */
export async function exportCampaign(
  db: Kysely<Database>,
  instrument: LoadedInstrument,
  campaign: string,
  format: ExportFormat,
  withLabels: boolean,
): Promise<ExportFile> {
  const responses = await listCampaignResponses(db, instrument.id, campaign);
  const base = `${instrument.id}-${campaign}`;
  if (format === 'json') {
    return {
      contentType: 'application/json; charset=utf-8',
      filename: `${base}.json`,
      body: JSON.stringify({ surveyId: instrument.id, campaign, responses }, null, 1),
    };
  }
  const columns = exportColumns(instrument.spec);
  const rows = responses.map((r) => answersToCells(columns, r));
  if (format === 'xlsx') {
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${base}.xlsx`,
      body: await toXlsx(columns, rows, withLabels),
    };
  }
  const header = [columns.map((c) => c.code), ...(withLabels ? [columns.map((c) => c.label)] : [])];
  return { contentType: 'text/csv; charset=utf-8', filename: `${base}.csv`, body: toCsv([...header, ...rows]) };
}
