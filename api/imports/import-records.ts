import type { Readable } from 'node:stream';
import type { Column } from '../exports/columns.js';
import { csvRows } from './csv-rows.js';
import type { ImportRecord } from './import-record.js';
import { jsonLineRecords } from './json-line-records.js';
import { tableRecords } from './table-records.js';
import { xlsxRows } from './xlsx-rows.js';

/** The formats an import reads: tables laid out as our exports, or the API's bodies one a line. */
export type ImportFormat = 'csv' | 'xlsx' | 'jsonl';

/** A file's format by its name: .xlsx, .jsonl or .ndjson, otherwise CSV. */
export function formatOfFileName(name: string): ImportFormat {
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'jsonl';
  return 'csv';
}

/** The responses of an import file, read as it arrives. */
export function importRecords(format: ImportFormat, columns: Column[], input: Readable): AsyncIterable<ImportRecord> {
  if (format === 'jsonl') return jsonLineRecords(input);
  return tableRecords(columns, format === 'xlsx' ? xlsxRows(input) : csvRows(input));
}
