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

/** Responses to write in one transaction: as they are, or encoded as they came (an import's batch). */
export type PendingBatch = PendingResponse[] | EncodedPending;

/** A batch filled response by response (an import's), in the form its writer takes. */
export interface BatchBuilder<B extends PendingBatch = PendingBatch> {
  add(pending: PendingResponse): void;
  readonly size: number;
  finish(): B;
}

/** The responses as they are: for a writer in this thread, which would only decode an encoded batch. */
export function collectingBatch(): BatchBuilder<PendingResponse[]> {
  const items: PendingResponse[] = [];
  return {
    add: (pending) => void items.push(pending),
    get size() {
      return items.length;
    },
    finish: () => items,
  };
}

/**
 * Encodes responses one by one, as they are validated: their cell objects are then garbage
 * at once, where a batch of 10,000 kept half a million of them alive until it was written,
 * and the collector copied and promoted them all (a quarter of an import's validating
 * thread, --cpu-prof).
 */
export function pendingEncoder(): BatchBuilder<EncodedPending> {
  const ids: CellIds = new Map();
  const cells: CountedCell[] = [];
  const items: EncodedPending['items'] = [];
  const ends: number[] = [];
  let refs = new Int32Array(1 << 16);
  let at = 0;
  return {
    add({ counted, ...item }) {
      if (at + counted.length > refs.length) {
        const grown = new Int32Array(Math.max(refs.length * 2, at + counted.length));
        grown.set(refs.subarray(0, at));
        refs = grown;
      }
      for (const cell of counted) refs[at++] = numberOf(ids, cells, cell);
      ends.push(at);
      items.push(item);
    },
    get size() {
      return items.length;
    },
    finish: () => ({ items, cells, refs: refs.slice(0, at), ends: Int32Array.from(ends) }),
  };
}

export function encodePending(pending: PendingResponse[]): EncodedPending {
  const encoder = pendingEncoder();
  for (const p of pending) encoder.add(p);
  return encoder.finish();
}

export const batchSize = (batch: PendingBatch): number => (Array.isArray(batch) ? batch.length : batch.items.length);
export const batchItems = (batch: PendingBatch): PendingResponse[] => (Array.isArray(batch) ? batch : decodePending(batch));
export const encodedBatch = (batch: PendingBatch): EncodedPending => (Array.isArray(batch) ? encodePending(batch) : batch);

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
