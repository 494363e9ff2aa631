import { sql } from 'kysely';
import type { OpenedDatabase } from '../../api/db/create-database.js';
import { dropSecondaryIndexes, ensureSecondaryIndexes } from '../../api/db/secondary-indexes.js';
import type { NewResponse } from '../../api/queries/insert-responses.js';
import { bulkInsertResponses } from './bulk-insert-responses.js';

export interface BulkLoadReport {
  responses: number;
  /** Time spent writing the rows, the caller's own work between batches left out. */
  writingMs: number;
  /** Time spent building the secondary indexes at the end, and refreshing the planner's statistics. */
  indexingMs: number;
}

/**
 * A large load (a benchmark at national scale) into a database no server is answering
 * from: the secondary indexes are dropped, the batches written with the bulk loader, each
 * all or nothing, and the indexes built once at the end, even when a batch fails. Constraints stay on throughout. A process killed mid-load leaves the indexes to
 * the next start (migrateToLatest builds any that is missing).
 */
export async function bulkLoadResponses(
  target: OpenedDatabase,
  batches: AsyncIterable<NewResponse[]> | Iterable<NewResponse[]>,
  onBatch?: (stored: number) => void,
): Promise<BulkLoadReport> {
  const report: BulkLoadReport = { responses: 0, writingMs: 0, indexingMs: 0 };
  await dropSecondaryIndexes(target.db);
  try {
    for await (const batch of batches) {
      const t = performance.now();
      await bulkInsertResponses(target, batch);
      report.writingMs += performance.now() - t;
      report.responses += batch.length;
      onBatch?.(report.responses);
      // SQLite writes synchronously: give timers (a progress bar) and other work a turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    const t = performance.now();
    await target.db.connection().execute(async (conn) => {
      // PostgreSQL sorts an index in memory up to maintenance_work_mem (64 MB by default),
      // on disk beyond: a national table wants more, for this session only.
      if (target.engine === 'postgres') await sql`set maintenance_work_mem = '1GB'`.execute(conn);
      await ensureSecondaryIndexes(conn);
      // Fresh statistics for the planner. On SQLite, sampled (as `PRAGMA optimize` does)
      // rather than a full pass over tens of millions of index entries. On PostgreSQL, with
      // VACUUM: it marks the new pages all-visible, without which counting over an index
      // still reads every row, and autovacuum would do it later, in the middle of queries.
      if (target.engine === 'sqlite') {
        await sql`pragma analysis_limit = 1000`.execute(conn);
        await sql`analyze`.execute(conn);
      } else {
        await sql`vacuum analyze`.execute(conn);
      }
    });
    report.indexingMs = performance.now() - t;
  }
  return report;
}
