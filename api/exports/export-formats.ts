import type { Cell } from '../instruments/kinds/question-kind.js';
import type { Column, ExportedResponse } from './columns.js';
import { toCsv } from './csv.js';
import { parisDateTimeText } from './paris-time.js';
import { toXlsx } from './xlsx.js';

/** What a format writes from: the campaign's responses, and the same laid out in columns. */
export interface ExportInput {
  surveyId: string;
  campaign: string;
  responses: ExportedResponse[];
  columns: Column[];
  /** The responses' cells, column by column (computed only by the formats that lay out columns). */
  rows(): Cell[][];
  withLabels: boolean;
}

export interface ExportFormat {
  contentType: string;
  extension: string;
  write(input: ExportInput): string | Buffer | Promise<string | Buffer>;
}

/** A CSV cell: an instant as « jj/mm/aaaa hh:mm » in Paris time, which French spreadsheets read as a date. */
const csvCell = (column: Column, cell: Cell): Cell => (column.format === 'date' && typeof cell === 'string' ? parisDateTimeText(cell) : cell);

/** Each format a campaign can be downloaded in; adding one is one entry here. */
export const EXPORT_FORMATS = {
  csv: {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    write: ({ columns, rows, withLabels }) =>
      toCsv([columns.map((c) => c.code), ...(withLabels ? [columns.map((c) => c.label)] : []), ...rows().map((row) => row.map((cell, i) => csvCell(columns[i]!, cell)))]),
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    write: ({ columns, rows, withLabels }) => toXlsx(columns, rows(), withLabels),
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    write: ({ surveyId, campaign, responses }) => JSON.stringify({ surveyId, campaign, responses }, null, 1),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];
