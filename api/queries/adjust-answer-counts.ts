import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AnswerCell } from '../instruments/flatten-answers.js';

export interface CountKey {
  survey_id: string;
  campaign: string;
  collectivite_type?: string | null;
  strate_population?: string | null;
}

/**
 * Adds (delta 1) or removes (delta −1) one complete response's coded answers to the
 * pre-aggregated counts: one row per value, and one base row (value '') per
 * question × row × column it answered. Runs inside the write's transaction.
 */
export async function adjustAnswerCounts(db: Kysely<Database>, key: CountKey, cells: AnswerCell[], delta: 1 | -1): Promise<void> {
  if (cells.length === 0) return;
  const group = {
    survey_id: key.survey_id,
    campaign: key.campaign,
    collectivite_type: key.collectivite_type ?? '',
    strate_population: key.strate_population ?? '',
  };
  const rows = new Map<string, { question: string; row_key: string; col_key: string; value: string }>();
  for (const c of cells) {
    rows.set(`${c.question}\u0000${c.row_key}\u0000${c.col_key}\u0000${c.value}`, c);
    rows.set(`${c.question}\u0000${c.row_key}\u0000${c.col_key}\u0000`, { ...c, value: '' });
  }
  await db
    .insertInto('answer_counts')
    .values([...rows.values()].map((r) => ({ ...group, question: r.question, row_key: r.row_key, col_key: r.col_key, value: r.value, n: delta })))
    .onConflict((oc) =>
      oc
        .columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value'])
        .doUpdateSet((eb) => ({ n: eb('answer_counts.n', '+', eb.ref('excluded.n')) })),
    )
    .execute();
}
