import type { AppDeps } from '../deps.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { requireOpenCampaign } from '../campaigns/campaign-rules.js';
import { checkAnswers } from '../instruments/prepare-answers.js';
import { batchItems, batchSize, collectingBatch, type BatchBuilder, type PendingBatch } from '../responses/pending-encoding.js';
import { storeNewResponses } from '../responses/store-new-responses.js';
import { newImportedRow } from '../responses/create-response.js';
import { directWriter } from '../responses/response-writer.js';
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

/** `writer` writes the batches of a partial import: the server's (a thread for a SQLite file); without one, `db`'s own transactions. */
type ImportDeps = Pick<AppDeps, 'db' | 'registry' | 'clock' | 'catalog' | 'writer'>;

/**
 * Responses per write: large transactions, each written by the API's own write path. The
 * counts a batch changes are about the same whatever its size, so a larger batch writes
 * fewer of them per response (150,000 responses, SQLite: 5,000 a batch 15,130/s, 10,000
 * 16,541/s, 20,000 15,002/s).
 */
const BATCH = 10_000;
/**
 * Batches sent to the writer and not yet written. With one, this thread waited for each
 * write before reading the next batch, and the writer for each batch read: both threads
 * were idle a fifth of the time (--cpu-prof). With two, the writer always has the next
 * batch while this thread reads a third; memory holds three batches (150,000 responses,
 * SQLite, batches of 10,000: one in flight 14,791/s, two 16,541/s, three 15,877/s).
 */
const IN_FLIGHT = 2;

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
 * they come: memory holds a batch or two, never the file. Every rejected line is reported
 * with its reasons. All-or-nothing writes every batch in one transaction on `db`, rolled
 * back at the end if a line was rejected; otherwise each batch is committed by the writer
 * as its own transaction, and while one is written the next is read and validated (the
 * writer thread, or PostgreSQL's own process, writes as this thread reads): two writes in
 * flight at most. `onProgress` is told after each batch written.
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

  // Each batch in the form its writer takes: encoded response by response for the writer thread.
  async function* batches(newBatch: () => BatchBuilder): AsyncGenerator<PendingBatch> {
    let batch = newBatch();
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
      const row = newImportedRow(deps, instrument, checked.prepared, record.status, { campaign, verified: true });
      batch.add({ row, counted: checked.prepared.counted });
      if (batch.size === BATCH) {
        yield batch.finish();
        batch = newBatch();
      }
    }
    if (batch.size > 0) yield batch.finish();
  }

  if (options.allOrNothing) {
    try {
      await deps.db.transaction().execute(async (trx) => {
        for await (const batch of batches(collectingBatch)) {
          // Once a line is rejected nothing will be kept: the rest is only checked.
          if (report.rejected.length === 0) await storeNewResponses(trx, deps.catalog, batchItems(batch));
          report.imported += batchSize(batch);
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
    const writer = deps.writer ?? directWriter(deps.db, deps.catalog);
    const writing: Promise<void>[] = [];
    for await (const batch of batches(() => writer.newBatch())) {
      // At most IN_FLIGHT batches sent and not yet written: a failed write stops the import.
      if (writing.length === IN_FLIGHT) await writing.shift();
      const written = writer.writeBatch(batch).then(() => {
        report.imported += batchSize(batch);
        options.onProgress?.(report);
      });
      // Its failure is thrown by the `await` above or below, once its turn comes: not unhandled meanwhile.
      written.catch(() => {});
      writing.push(written);
      await turn();
    }
    for (const written of writing) await written;
  }
  report.stored = report.imported > 0;
  options.onProgress?.(report);
  return report;
}
