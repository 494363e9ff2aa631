import type { CountedCell } from '../instruments/counted-cells.js';
import type { PendingResponse } from './response-writer.js';

/**
 * Pending responses as they cross to the writer thread. A structured clone copies object by
 * object, and a batch of 5,000 annual responses holds some 260,000 counted cells: copying
 * them took longer on the writer thread than writing them (measured: 300 ms against 320 ms
 * of SQL), while this thread waited. Most cells repeat from one response to the next, so
 * each distinct cell crosses once, and each response's cells as its numbers in that table.
 */
export interface EncodedPending {
  /** The responses without their cells. */
  items: Omit<PendingResponse, 'counted'>[];
  /** Each distinct cell, once. */
  cells: CountedCell[];
  /** The cells of every response, one after the other, as numbers in `cells`. */
  refs: Int32Array;
  /** Where each response's cells end in `refs`. */
  ends: Int32Array;
}

/** Cell numbers by question, row, column, value (marked when it splits into groups), then number. */
type CellIds = Map<string, Map<string, Map<string, Map<string, Map<number | null, number>>>>>;

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** The number of a cell in `cells`, given on first sight; by nested maps, as no key string is built per cell (that doubled the cost). */
function numberOf(ids: CellIds, cells: CountedCell[], cell: CountedCell): number {
  const byRow = entry(ids, cell.question, () => new Map());
  const byColumn = entry(byRow, cell.row_key, () => new Map());
  const byValue = entry(byColumn, cell.col_key, () => new Map());
  const byNumber = entry(byValue, cell.groups ? `${cell.value}\u0000groupes` : cell.value, () => new Map<number | null, number>());
  let n = byNumber.get(cell.num);
  if (n === undefined) {
    n = cells.length;
    byNumber.set(cell.num, n);
    cells.push(cell);
  }
  return n;
}

export function encodePending(pending: PendingResponse[]): EncodedPending {
  const ids: CellIds = new Map();
  const cells: CountedCell[] = [];
  const ends = new Int32Array(pending.length);
  let total = 0;
  for (const p of pending) total += p.counted.length;
  const refs = new Int32Array(total);
  let at = 0;
  const items = pending.map(({ counted, ...item }, i) => {
    for (const cell of counted) refs[at++] = numberOf(ids, cells, cell);
    ends[i] = at;
    return item;
  });
  return { items, cells, refs, ends };
}

/** The responses again; responses that shared a cell share its object (cells are only read). */
export function decodePending({ items, cells, refs, ends }: EncodedPending): PendingResponse[] {
  let start = 0;
  return items.map((item, i) => {
    const end = ends[i]!;
    const counted: CountedCell[] = new Array(end - start);
    for (let k = start; k < end; k++) counted[k - start] = cells[refs[k]!]!;
    start = end;
    return { ...item, counted };
  });
}
