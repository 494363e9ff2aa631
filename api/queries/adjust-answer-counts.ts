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

/** A cell of the counts as a key: its question × row × column, and its value ('' for the base). */
interface CellKey {
  question: string;
  row_key: string;
  col_key: string;
  value: string;
}

/** The changes to the count rows of one profile (or one group): a delta per cell, indexed by the cell's number. */
interface Tally<K> {
  key: K;
  n: number[];
}

type ProfileKey = Pick<Insertable<AnswerCountsTable>, 'survey_id' | 'campaign' | 'collectivite_type' | 'strate_population'>;
type GroupKey = Pick<Insertable<AnswerGroupCountsTable>, 'survey_id' | 'campaign' | 'group_question' | 'group_value'>;

/**
 * Changes to the pre-aggregated counts, merged by count row (see countDeltas). Each distinct
 * cell is numbered once; a profile's or a group's changes are then an array of deltas by
 * cell number. A response touches ~170 cells under its profile and again under each of its
 * groups (some 15): thousands of additions per response, on the hot path of writes and
 * imports, which an array index makes cheap where a keyed map made them the largest cost
 * of an import (measured with --cpu-prof).
 */
export interface CountDeltas {
  cells: CellKey[];
  /** Cell numbers by question, row, column, then value (no key string built per cell: that was the next cost). */
  cellIds: Map<string, Map<string, Map<string, CellPlace>>>;
  counts: Map<string, Tally<ProfileKey>>;
  groups: Map<string, Tally<GroupKey>>;
  /**
   * By cell number, the last response (its rank in `responses`) that counted it as a base:
   * a base is counted once a response, and a Set made for each response was, with its
   * garbage, the next cost of the writer thread (--cpu-prof).
   */
  baseSeen: number[];
  responses: number;
}

/** The numbers of a question × row × column's cells: its base, and each value's. */
interface CellPlace {
  base: number;
  values: Map<string, number>;
}

export function noDeltas(): CountDeltas {
  return { cells: [], cellIds: new Map(), counts: new Map(), groups: new Map(), baseSeen: [], responses: 0 };
}

export const COUNT_KEY = ['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value'] as const;
export const GROUP_COUNT_KEY = ['survey_id', 'campaign', 'group_question', 'group_value', 'question', 'row_key', 'col_key', 'value'] as const;

function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function numbered(into: CountDeltas, cell: CellKey): number {
  into.cells.push(cell);
  return into.cells.length - 1;
}

/** The place of a question × row × column among the cells, numbered on first sight. */
function placeOf(into: CountDeltas, question: string, row_key: string, col_key: string): CellPlace {
  const rows = entry(into.cellIds, question, () => new Map<string, Map<string, CellPlace>>());
  const columns = entry(rows, row_key, () => new Map<string, CellPlace>());
  return entry(columns, col_key, () => ({ base: numbered(into, { question, row_key, col_key, value: '' }), values: new Map() }));
}

function tallyOf<K>(into: Map<string, Tally<K>>, id: string, key: () => K): Tally<K> {
  let tally = into.get(id);
  if (!tally) into.set(id, (tally = { key: key(), n: [] }));
  return tally;
}

function add(tally: Tally<unknown>, ids: readonly number[], delta: number): void {
  const n = tally.n;
  for (const id of ids) n[id] = (n[id] ?? 0) + delta;
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
  // Each cell once with its value, and once per question × row × column as the base.
  const ids: number[] = [];
  const response = ++into.responses;
  for (const c of cells) {
    const place = placeOf(into, c.question, c.row_key, c.col_key);
    // A cell whose value is '' (the respondent cell) is its own base: one row, not two of the same key.
    if (c.value !== '') ids.push(entry(place.values, c.value, () => numbered(into, { question: c.question, row_key: c.row_key, col_key: c.col_key, value: c.value })));
    if (into.baseSeen[place.base] !== response) {
      into.baseSeen[place.base] = response;
      ids.push(place.base);
    }
  }
  add(tallyOf(into.counts, `${survey_id}\u0000${campaign}\u0000${type}\u0000${band}`, () => ({ survey_id, campaign, collectivite_type: type, strate_population: band })), ids, delta);
  for (const g of cells) {
    if (!g.groups) continue;
    const group = tallyOf(into.groups, `${survey_id}\u0000${campaign}\u0000${g.question}\u0000${g.value}`, () => ({ survey_id, campaign, group_question: g.question, group_value: g.value }));
    add(group, ids, delta);
  }
  return into;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The changed rows of some tallies, in the order of their keys, then of their cells' keys. */
function inKeyOrder<K>(deltas: CountDeltas, tallies: Map<string, Tally<K>>): (K & CellKey & { n: number })[] {
  const keyOf = (c: CellKey) => `${c.question}\u0000${c.row_key}\u0000${c.col_key}\u0000${c.value}`;
  const cellOrder = deltas.cells
    .map((c, id) => ({ key: keyOf(c), id }))
    .sort((a, b) => byText(a.key, b.key))
    .map((c) => c.id);
  const out: (K & CellKey & { n: number })[] = [];
  for (const id of [...tallies.keys()].sort(byText)) {
    const tally = tallies.get(id)!;
    for (const cell of cellOrder) {
      const n = tally.n[cell];
      if (n) out.push({ ...tally.key, ...deltas.cells[cell]!, n });
    }
  }
  return out;
}

/**
 * The rows that change, in key order: two PostgreSQL processes updating the same counts
 * then lock them in the same order (no deadlock). Every writer of counts goes through it.
 */
export function countRowsInKeyOrder(deltas: CountDeltas): { counts: Insertable<AnswerCountsTable>[]; groups: Insertable<AnswerGroupCountsTable>[] } {
  return { counts: inKeyOrder(deltas, deltas.counts), groups: inKeyOrder(deltas, deltas.groups) };
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
