import type { Kysely } from 'kysely';
import type { AnswerCell } from '../instruments/flatten-answers.js';
import type { Database, ResponsesTable } from '../db/schema.js';

/** Stores a new response and its normalised answers in one transaction: both or neither. */
export async function insertResponse(db: Kysely<Database>, row: ResponsesTable, cells: AnswerCell[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('responses').values(row).execute();
    await insertCells(trx, row, cells);
  });
}

export async function insertCells(
  db: Kysely<Database>,
  row: Pick<ResponsesTable, 'id' | 'survey_id' | 'campaign' | 'status'>,
  cells: AnswerCell[],
): Promise<void> {
  if (cells.length === 0) return;
  await db
    .insertInto('answer_values')
    .values(
      cells.map((c) => ({
        response_id: row.id,
        survey_id: row.survey_id,
        campaign: row.campaign,
        status: row.status,
        ...c,
      })),
    )
    .execute();
}
