import { sql, type Kysely } from 'kysely';
import { COUNT_KEY, GROUP_COUNT_KEY } from '../queries/adjust-answer-counts.js';
import type { SchemaAgnosticDb } from './schema-agnostic.js';
import type { Database } from './schema.js';

/*
 * Tables in an order that respects their references, each read in the order of a unique key
 * (pages taken by offset must not overlap or skip a row); `outbox.seq` is left for the
 * target to number.
 */
const TABLES = [
  { name: 'settings', key: ['key'], omit: [] },
  { name: 'campaigns', key: ['survey_id', 'campaign'], omit: [] },
  { name: 'responses', key: ['id'], omit: [] },
  { name: 'answer_counts', key: COUNT_KEY, omit: [] },
  { name: 'answer_group_counts', key: GROUP_COUNT_KEY, omit: [] },
  { name: 'invitations', key: ['code_hash'], omit: [] },
  // Read in queuing order, numbered again in that order by the target.
  { name: 'outbox', key: ['seq'], omit: ['seq'] },
] as const;

const BATCH = 2000;

export interface CopyReport {
  tables: Record<string, number>;
}

/**
 * Copies every row of a migrated database into another, migrated and empty, one — from
 * SQLite to PostgreSQL, typically — in batches, each table in one transaction of the
 * target. Refuses a target that already holds responses.
 */
export async function copyDatabase(
  source: Kysely<Database>,
  target: Kysely<Database>,
  onProgress?: (table: string, done: number, total: number) => void,
): Promise<CopyReport> {
  const existing = await target.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) throw new Error('La base de destination contient déjà des réponses\u202f: choisissez une base vide.');
  const report: CopyReport = { tables: {} };
  for (const table of TABLES) {
    const { n } = await source
      .selectFrom(table.name)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const total = Number(n);
    let done = 0;
    // Rows travel as read, whatever the table: the copy writes them without today's row types.
    await target.transaction().execute(async (trx: SchemaAgnosticDb) => {
      // Settings come from the target's own first start too (a generated admin token): the source wins.
      if (table.name === 'settings') await trx.deleteFrom('settings').execute();
      for (let offset = 0; offset < total; offset += BATCH) {
        const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${sql.join(table.key.map((k) => sql.ref(k)))} limit ${BATCH} offset ${offset}`.execute(source)).rows;
        const clean = rows.map((r) => {
          const copy = { ...r };
          for (const column of table.omit) delete copy[column];
          return copy;
        });
        if (clean.length > 0) await trx.insertInto(table.name).values(clean).execute();
        done += clean.length;
        onProgress?.(table.name, done, total);
      }
    });
    report.tables[table.name] = done;
  }
  return report;
}
