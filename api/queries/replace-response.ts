import type { Kysely } from 'kysely';
import type { AnswerCell } from '../instruments/flatten-answers.js';
import type { Database, ResponsesTable } from '../db/schema.js';
import { insertCells } from './insert-response.js';

export type ResponseUpdate = Pick<
  ResponsesTable,
  'status' | 'answers' | 'collectivite' | 'collectivite_type' | 'strate_population' | 'updated_at'
>;

/** Replaces a response's answers and rewrites its normalised rows, atomically. */
export async function replaceResponse(
  db: Kysely<Database>,
  current: Pick<ResponsesTable, 'id' | 'survey_id' | 'campaign'>,
  update: ResponseUpdate,
  cells: AnswerCell[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('responses').set(update).where('id', '=', current.id).execute();
    await trx.deleteFrom('answer_values').where('response_id', '=', current.id).execute();
    await insertCells(trx, { ...current, status: update.status }, cells);
  });
}
