import type { Insertable, Kysely } from 'kysely';
import type { AnswerCountsTable, Database } from '../db/schema.js';
import type { AnswerCell } from '../instruments/flatten-answers.js';

export interface CountKey {
  survey_id: string;
  campaign: string;
  collectivite_type?: string | null;
  strate_population?: string | null;
}

/** Changes to the pre-aggregated counts, merged by count row (see countDeltas). */
export type CountDeltas = Map<string, Insertable<AnswerCountsTable>>;

// Nine columns per row: 3,000 rows stay under SQLite's 32,766 bound parameters.
const ROWS_PER_STATEMENT = 3000;

/**
 * Adds (delta 1) or removes (delta −1) one complete response's coded answers to `into`: one
 * row per value, and one base row (value '') per question × row × column it answered. Rows
 * that several responses share are merged, so a batch writes each count row once.
 */
export function countDeltas(into: CountDeltas, key: CountKey, cells: AnswerCell[], delta: 1 | -1): CountDeltas {
  const type = key.collectivite_type ?? '';
  const band = key.strate_population ?? '';
  const answered = new Set<string>();
  const add = (c: AnswerCell, value: string) => {
    const k = [key.survey_id, key.campaign, type, band, c.question, c.row_key, c.col_key, value].join('\u0000');
    const row = into.get(k);
    if (row) row.n += delta;
    else into.set(k, { survey_id: key.survey_id, campaign: key.campaign, collectivite_type: type, strate_population: band, question: c.question, row_key: c.row_key, col_key: c.col_key, value, n: delta });
  };
  for (const c of cells) {
    add(c, c.value);
    const base = `${c.question}\u0000${c.row_key}\u0000${c.col_key}`;
    if (!answered.has(base)) {
      answered.add(base);
      add(c, '');
    }
  }
  return into;
}

/**
 * The rows that change, in key order: two PostgreSQL processes updating the same counts
 * then lock them in the same order (no deadlock). Every writer of counts goes through it.
 */
export function countRowsInKeyOrder(deltas: CountDeltas): Insertable<AnswerCountsTable>[] {
  return [...deltas.entries()]
    .filter(([, r]) => r.n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
}

/** Applies merged deltas inside the write's transaction. */
export async function applyCountDeltas(db: Kysely<Database>, deltas: CountDeltas): Promise<void> {
  const rows = countRowsInKeyOrder(deltas);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db
      .insertInto('answer_counts')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflict((oc) =>
        oc
          .columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value'])
          .doUpdateSet((eb) => ({ n: eb('answer_counts.n', '+', eb.ref('excluded.n')) })),
      )
      .execute();
  }
}

/** One response's share of the counts, added or removed (see countDeltas). */
export async function adjustAnswerCounts(db: Kysely<Database>, key: CountKey, cells: AnswerCell[], delta: 1 | -1): Promise<void> {
  await applyCountDeltas(db, countDeltas(new Map(), key, cells, delta));
}
