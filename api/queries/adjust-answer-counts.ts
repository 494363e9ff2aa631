import type { Insertable, Kysely } from 'kysely';
import type { AnswerCountsTable, AnswerGroupCountsTable, Database } from '../db/schema.js';
import type { CountedCell } from '../instruments/counted-cells.js';
import { insertRows, type RowColumn } from '../db/insert-rows.js';

export interface CountKey {
  survey_id: string;
  campaign: string;
  collectivite_type?: string | null;
  strate_population?: string | null;
}

/**
 * Changes to the pre-aggregated counts, merged by count row (see countDeltas): keyed by the
 * row's profile (or group), then by its question × row × column × value. Two levels, so that
 * a cell's key is built once and reused under its profile and under each of its groups,
 * and the profile or group is looked up once per response: one concatenated key would be a
 * new string to build and hash for each of the ~340 rows a response touches, on the hot
 * path of imports.
 */
export interface CountDeltas {
  counts: Map<string, Map<string, Insertable<AnswerCountsTable>>>;
  groups: Map<string, Map<string, Insertable<AnswerGroupCountsTable>>>;
}

export function noDeltas(): CountDeltas {
  return { counts: new Map(), groups: new Map() };
}

export const COUNT_KEY = ['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value'] as const;
export const GROUP_COUNT_KEY = ['survey_id', 'campaign', 'group_question', 'group_value', 'question', 'row_key', 'col_key', 'value'] as const;

function rowsOf<R>(into: Map<string, Map<string, R>>, key: string): Map<string, R> {
  let rows = into.get(key);
  if (!rows) into.set(key, (rows = new Map()));
  return rows;
}

/**
 * Adds (delta 1) or removes (delta −1) one complete response's coded answers to `into`: one
 * row per value, and one base row (value '') per question × row × column it answered; then
 * the same again per grouping answer it gave (countedCells marks them), split by that
 * answer. Rows that several responses share are merged, so a batch writes each row once.
 */
export function countDeltas(into: CountDeltas, key: CountKey, cells: CountedCell[], delta: 1 | -1): CountDeltas {
  const { survey_id, campaign } = key;
  const type = key.collectivite_type ?? '';
  const band = key.strate_population ?? '';
  // Each cell once with its value, and once per question × row × column as the base; the
  // key of each built once, then reused under the profile and under each group.
  const keyed: { c: CountedCell; value: string; key: string }[] = [];
  const answered = new Set<string>();
  for (const c of cells) {
    const base = `${c.question}\u0000${c.row_key}\u0000${c.col_key}\u0000`;
    keyed.push({ c, value: c.value, key: base + c.value });
    if (!answered.has(base)) {
      answered.add(base);
      keyed.push({ c, value: '', key: base });
    }
  }
  const profile = rowsOf(into.counts, `${survey_id}\u0000${campaign}\u0000${type}\u0000${band}`);
  for (const { c, value, key: k } of keyed) {
    const row = profile.get(k);
    if (row) row.n += delta;
    else profile.set(k, { survey_id, campaign, collectivite_type: type, strate_population: band, question: c.question, row_key: c.row_key, col_key: c.col_key, value, n: delta });
  }
  for (const g of cells) {
    if (!g.groups) continue;
    const group = rowsOf(into.groups, `${survey_id}\u0000${campaign}\u0000${g.question}\u0000${g.value}`);
    for (const { c, value, key: k } of keyed) {
      const row = group.get(k);
      if (row) row.n += delta;
      else group.set(k, { survey_id, campaign, group_question: g.question, group_value: g.value, question: c.question, row_key: c.row_key, col_key: c.col_key, value, n: delta });
    }
  }
  return into;
}

const byKey = <T,>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

function inKeyOrder<R extends { n: number }>(nested: Map<string, Map<string, R>>): R[] {
  const out: R[] = [];
  for (const [, rows] of [...nested.entries()].sort(byKey)) {
    for (const [, row] of [...rows.entries()].sort(byKey)) if (row.n !== 0) out.push(row);
  }
  return out;
}

/**
 * The rows that change, in key order: two PostgreSQL processes updating the same counts
 * then lock them in the same order (no deadlock). Every writer of counts goes through it.
 */
export function countRowsInKeyOrder(deltas: CountDeltas) {
  return { counts: inKeyOrder(deltas.counts), groups: inKeyOrder(deltas.groups) };
}

const COUNT_COLUMNS: readonly RowColumn[] = [...COUNT_KEY.map((name) => ({ name, pg: 'text' as const })), { name: 'n', pg: 'int' }];
const GROUP_COUNT_COLUMNS: readonly RowColumn[] = [...GROUP_COUNT_KEY.map((name) => ({ name, pg: 'text' as const })), { name: 'n', pg: 'int' }];

/** Applies merged deltas inside the write's transaction: each row added to the one stored, or stored when new. */
export async function applyCountDeltas(db: Kysely<Database>, deltas: CountDeltas): Promise<void> {
  const { counts, groups } = countRowsInKeyOrder(deltas);
  await insertRows(db, 'answer_counts', COUNT_COLUMNS, counts.map((r) => [...COUNT_KEY.map((k) => r[k]), r.n]), { key: COUNT_KEY, add: 'n' });
  await insertRows(db, 'answer_group_counts', GROUP_COUNT_COLUMNS, groups.map((r) => [...GROUP_COUNT_KEY.map((k) => r[k]), r.n]), { key: GROUP_COUNT_KEY, add: 'n' });
}

/** One response's share of the counts, added or removed (see countDeltas). */
export async function adjustAnswerCounts(db: Kysely<Database>, key: CountKey, cells: CountedCell[], delta: 1 | -1): Promise<void> {
  await applyCountDeltas(db, countDeltas(noDeltas(), key, cells, delta));
}
