import type { Kysely, Selectable } from 'kysely';
import type { AnswerCell } from '../instruments/flatten-answers.js';
import type { Database, ResponsesTable } from '../db/schema.js';
import { adjustAnswerCounts } from './adjust-answer-counts.js';
import { insertCells } from './insert-response.js';

export type ResponseUpdate = Pick<
  ResponsesTable,
  'status' | 'answers' | 'collectivite_type' | 'collectivite' | 'strate_population' | 'updated_at'
>;

/**
 * Replaces a response's answers, rewrites its normalised rows and moves its share of the
 * pre-aggregated counts from the old answers to the new ones, atomically.
 */
export async function replaceResponse(
  db: Kysely<Database>,
  current: Selectable<ResponsesTable>,
  update: ResponseUpdate,
  cells: AnswerCell[],
  counted: { before: AnswerCell[]; after: AnswerCell[] },
): Promise<void> {
  const next = { ...current, ...update };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('responses').set(update).where('id', '=', current.id).execute();
    await trx.deleteFrom('answer_values').where('response_id', '=', current.id).execute();
    await insertCells(trx, next, cells);
    if (current.status === 'complete') await adjustAnswerCounts(trx, current, counted.before, -1);
    if (next.status === 'complete') await adjustAnswerCounts(trx, next, counted.after, 1);
  });
}
