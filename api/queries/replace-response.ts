import type { Kysely, Selectable } from 'kysely';
import type { AnswerCell } from '../instruments/kinds/question-kind.js';
import type { CountedCell } from '../instruments/counted-cells.js';
import type { Database, ResponsesTable } from '../db/schema.js';
import { adjustAnswerCounts } from './adjust-answer-counts.js';
import { cellRows, insertCells } from './insert-responses.js';

export type ResponseUpdate = Pick<
  ResponsesTable,
  'status' | 'answers' | 'collectivite_type' | 'collectivite' | 'strate_population' | 'updated_at'
>;

/**
 * Replaces a response's answers, rewrites its normalised rows and moves its share of the
 * pre-aggregated counts from the old answers to the new ones, atomically — provided the
 * stored version is still the one read (`current.version`). Returns false, having changed
 * nothing, when another edit came first.
 */
export async function replaceResponse(
  db: Kysely<Database>,
  current: Selectable<ResponsesTable>,
  update: ResponseUpdate,
  cells: AnswerCell[],
  counted: { before: CountedCell[]; after: CountedCell[] },
): Promise<boolean> {
  const next = { ...current, ...update };
  return db.transaction().execute(async (trx) => {
    // Only over the version that was read: a concurrent edit in between makes this a no-op.
    const result = await trx
      .updateTable('responses')
      .set((eb) => ({ ...update, version: eb('version', '+', 1) }))
      .where('id', '=', current.id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await trx.deleteFrom('answer_values').where('response_id', '=', current.id).execute();
    await insertCells(trx, cellRows(next, cells));
    if (current.status === 'complete') await adjustAnswerCounts(trx, current, counted.before, -1);
    if (next.status === 'complete') await adjustAnswerCounts(trx, next, counted.after, 1);
    return true;
  });
}
