import type { Insertable, Kysely } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { insertRows, type RowColumn } from '../db/insert-rows.js';
import type { CountedCell } from '../instruments/counted-cells.js';
import { applyCountDeltas, countDeltas, noDeltas } from './adjust-answer-counts.js';

/** A validated response ready to store: its row (answers included) and the cells it adds to the counts. */
export interface NewResponse {
  row: Insertable<ResponsesTable>;
  counted: CountedCell[];
}

const text = (name: string): RowColumn => ({ name, pg: 'text' });
/** The columns a new response is written with; `version` takes its default. */
const RESPONSE_COLUMNS: readonly RowColumn[] = [
  ...['id', 'survey_id', 'campaign', 'status', 'token_hash'].map(text),
  { name: 'answers', pg: 'json' },
  ...['collectivite', 'collectivite_type', 'strate_population', 'created_at', 'updated_at', 'verification'].map(text),
  { name: 'counted', pg: 'int' },
];

/**
 * Writes new responses and (when counted) their share of the pre-aggregated counts, merged
 * in memory so that each count row is written once per call, however many responses share
 * it: the submissions that arrive together and the imports share this one path. Call it
 * inside a transaction.
 */
export async function insertResponses(trx: Kysely<Database>, items: NewResponse[]): Promise<void> {
  if (items.length === 0) return;
  await insertRows(
    trx,
    'responses',
    RESPONSE_COLUMNS,
    items.map(({ row }) => RESPONSE_COLUMNS.map((c) => row[c.name as keyof typeof row])),
  );
  const deltas = noDeltas();
  for (const i of items) if (i.row.counted === 1) countDeltas(deltas, i.row, i.counted, 1);
  await applyCountDeltas(trx, deltas);
}
