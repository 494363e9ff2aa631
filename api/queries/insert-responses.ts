import type { Insertable, Kysely } from 'kysely';
import type { AnswerCell } from '../instruments/kinds/question-kind.js';
import type { Database, ResponsesTable } from '../db/schema.js';
import type { CountedCell } from '../instruments/counted-cells.js';
import { applyCountDeltas, countDeltas, noDeltas } from './adjust-answer-counts.js';

type RowKey = Pick<Insertable<ResponsesTable>, 'id' | 'survey_id' | 'campaign' | 'status' | 'collectivite_type' | 'strate_population'>;

/** A validated response ready to store: its row, its normalised answers, and the cells it adds to the counts. */
export interface NewResponse {
  row: Insertable<ResponsesTable>;
  cells: AnswerCell[];
  counted: CountedCell[];
}

// Bound parameters per statement stay under SQLite's 32,766 (and PostgreSQL's 65,535).
const RESPONSES_PER_STATEMENT = 2000;
const CELLS_PER_STATEMENT = 2500;

/**
 * Writes new responses, their normalised answers and (when counted) their share of the
 * pre-aggregated counts, in a few multi-row statements whatever their number: the
 * submissions that arrive together and the imports share this one path. Call it inside a
 * transaction.
 */
export async function insertResponses(trx: Kysely<Database>, items: NewResponse[]): Promise<void> {
  if (items.length === 0) return;
  for (let start = 0; start < items.length; start += RESPONSES_PER_STATEMENT) {
    await trx
      .insertInto('responses')
      .values(items.slice(start, start + RESPONSES_PER_STATEMENT).map((i) => i.row))
      .execute();
  }
  await insertCells(trx, items.flatMap((i) => cellRows(i.row, i.cells)));
  const deltas = noDeltas();
  for (const i of items) if (i.row.counted === 1) countDeltas(deltas, i.row, i.counted, 1);
  await applyCountDeltas(trx, deltas);
}

export function cellRows(row: RowKey, cells: AnswerCell[]) {
  return cells.map((c) => ({
    response_id: row.id,
    survey_id: row.survey_id,
    campaign: row.campaign,
    status: row.status,
    collectivite_type: row.collectivite_type,
    strate_population: row.strate_population,
    ...c,
  }));
}

export async function insertCells(db: Kysely<Database>, rows: ReturnType<typeof cellRows>): Promise<void> {
  for (let start = 0; start < rows.length; start += CELLS_PER_STATEMENT) {
    await db.insertInto('answer_values').values(rows.slice(start, start + CELLS_PER_STATEMENT)).execute();
  }
}
