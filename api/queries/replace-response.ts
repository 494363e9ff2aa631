import type { Kysely, Selectable } from 'kysely';
import type { CountedCell } from '../instruments/counted-cells.js';
import type { Database, ResponsesTable } from '../db/schema.js';
import { applyCountDeltas, countDeltas, noDeltas } from './adjust-answer-counts.js';

export type ResponseUpdate = Pick<
  ResponsesTable,
  'status' | 'answers' | 'collectivite_type' | 'collectivite' | 'strate_population' | 'updated_at' | 'counted'
>;

/**
 * Replaces a response's answers and moves its share of the pre-aggregated counts
 * (`counted.before` taken out, `counted.after` put in; empty when it was or is not
 * counted) — provided the stored version is still the one read (`current.version`).
 * Returns false, having changed nothing, when another edit came first. Call it inside a
 * transaction.
 */
export async function replaceResponse(
  trx: Kysely<Database>,
  current: Selectable<ResponsesTable>,
  update: ResponseUpdate,
  counted: { before: CountedCell[]; after: CountedCell[] },
): Promise<boolean> {
  const next = { ...current, ...update };
  // Only over the version that was read: a concurrent edit in between makes this a no-op.
  const result = await trx
    .updateTable('responses')
    .set((eb) => ({ ...update, version: eb('version', '+', 1) }))
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  const deltas = noDeltas();
  if (counted.before.length > 0) countDeltas(deltas, current, counted.before, -1);
  if (counted.after.length > 0) countDeltas(deltas, next, counted.after, 1);
  await applyCountDeltas(trx, deltas);
  return true;
}
