import type { Insertable, Kysely } from 'kysely';
import type { AnswerCell } from '../instruments/flatten-answers.js';
import type { Database, ResponsesTable } from '../db/schema.js';
import { adjustAnswerCounts } from './adjust-answer-counts.js';

type RowKey = Pick<Insertable<ResponsesTable>, 'id' | 'survey_id' | 'campaign' | 'status' | 'collectivite_type' | 'strate_population'>;

/**
 * Writes a new response, its normalised answers and (when complete) its share of the
 * pre-aggregated counts. Call it inside a transaction (insertResponse, or an import's).
 */
export async function insertResponseRows(
  trx: Kysely<Database>,
  row: Insertable<ResponsesTable>,
  cells: AnswerCell[],
  counted: AnswerCell[],
): Promise<void> {
  await trx.insertInto('responses').values(row).execute();
  await insertCells(trx, row, cells);
  if (row.status === 'complete') await adjustAnswerCounts(trx, row, counted, 1);
}

/**
 * Stores one response in its own transaction: all or nothing. `alsoInTransaction` runs in
 * the same transaction (binding an invitation), and may throw to undo everything.
 */
export async function insertResponse(
  db: Kysely<Database>,
  row: Insertable<ResponsesTable>,
  cells: AnswerCell[],
  counted: AnswerCell[],
  alsoInTransaction?: (trx: Kysely<Database>) => Promise<void>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertResponseRows(trx, row, cells, counted);
    await alsoInTransaction?.(trx);
  });
}

export async function insertCells(db: Kysely<Database>, row: RowKey, cells: AnswerCell[]): Promise<void> {
  if (cells.length === 0) return;
  await db
    .insertInto('answer_values')
    .values(
      cells.map((c) => ({
        response_id: row.id,
        survey_id: row.survey_id,
        campaign: row.campaign,
        status: row.status,
        collectivite_type: row.collectivite_type,
        strate_population: row.strate_population,
        ...c,
      })),
    )
    .execute();
}
