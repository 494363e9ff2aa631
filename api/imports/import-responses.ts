import type { AppDeps } from '../deps.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { requireOpenCampaign } from '../campaigns/campaign-rules.js';
import { checkAnswers } from '../instruments/prepare-answers.js';
import type { NewResponse } from '../queries/insert-responses.js';
import { storeNewResponses } from '../responses/store-new-responses.js';
import { newResponseRow } from '../responses/create-response.js';
import type { ImportRecord } from './import-record.js';

export interface RejectedRow {
  /** Line of the file (1 is the header of a table, the first response of JSON lines). */
  line: number;
  problems: { question?: string; message: string }[];
}

export interface ImportReport {
  total: number;
  imported: number;
  rejected: RejectedRow[];
  allOrNothing: boolean;
  /** False when all-or-nothing refused the file: nothing was stored. */
  stored: boolean;
}

type ImportDeps = Pick<AppDeps, 'db' | 'registry' | 'clock' | 'catalog'>;

/** Responses per write: large transactions, each written by the API's own write path. */
const BATCH = 5000;

/**
 * Lets the event loop turn between batches: SQLite writes synchronously and the lines may
 * come from memory, so without it an import would hold the process (the server's other
 * requests, a progress bar's timer) until its end.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Thrown inside the transaction of an all-or-nothing import with rejected lines, so that it rolls back. */
class RejectedLines extends Error {}

/**
 * Imports responses (historical ones laid out as our exports, or the API's bodies one a
 * line) into an existing, open campaign (refused otherwise, before any line is read),
 * through the API's validation and its write path (storeNewResponses), reading the lines as
 * they come: memory holds one batch, never the file. Every rejected line is reported with
 * its reasons. All-or-nothing writes every batch in one transaction, rolled back at the end
 * if a line was rejected; otherwise each batch is committed as it is written. `onProgress`
 * is told after each batch.
 */
export async function importResponses(
  deps: ImportDeps,
  instrument: LoadedInstrument,
  campaign: string,
  records: AsyncIterable<ImportRecord>,
  options: { allOrNothing: boolean; onProgress?: (report: ImportReport) => void },
): Promise<ImportReport> {
  await requireOpenCampaign(deps.db, instrument.id, campaign, deps.clock.now());
  const report: ImportReport = { total: 0, imported: 0, rejected: [], allOrNothing: options.allOrNothing, stored: false };

  async function* batches(): AsyncGenerator<NewResponse[]> {
    let batch: NewResponse[] = [];
    for await (const record of records) {
      report.total++;
      if ('problems' in record) {
        report.rejected.push(record);
        continue;
      }
      const checked = checkAnswers(instrument, record.answers, record.status, deps.registry);
      if (!checked.ok) {
        report.rejected.push({ line: record.line, problems: checked.problems.map((p) => ({ question: p.question, message: p.message })) });
        continue;
      }
      // Verified: imported by the administrator.
      const { row } = newResponseRow(deps, instrument, checked.prepared, record.status, { campaign, verified: true });
      batch.push({ row, counted: checked.prepared.counted });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  if (options.allOrNothing) {
    try {
      await deps.db.transaction().execute(async (trx) => {
        for await (const batch of batches()) {
          // Once a line is rejected nothing will be kept: the rest is only checked.
          if (report.rejected.length === 0) await storeNewResponses(trx, deps.catalog, batch);
          report.imported += batch.length;
          options.onProgress?.(report);
          await turn();
        }
        if (report.rejected.length > 0) throw new RejectedLines();
      });
    } catch (e) {
      if (!(e instanceof RejectedLines)) throw e;
      report.imported = 0;
    }
  } else {
    for await (const batch of batches()) {
      await deps.db.transaction().execute((trx) => storeNewResponses(trx, deps.catalog, batch));
      report.imported += batch.length;
      options.onProgress?.(report);
      await turn();
    }
  }
  report.stored = report.imported > 0;
  options.onProgress?.(report);
  return report;
}
