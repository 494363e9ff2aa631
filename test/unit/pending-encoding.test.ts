import { describe, expect, it } from 'vitest';
import type { CountedCell } from '../../api/instruments/counted-cells.js';
import { batchItems, decodePending, encodedBatch, encodePending, pendingEncoder } from '../../api/responses/pending-encoding.js';
import type { PendingResponse } from '../../api/responses/response-writer.js';

const cell = (question: string, value: string, extra: Partial<CountedCell> = {}): CountedCell => ({ question, row_key: '', col_key: '', value, num: null, ...extra });

/** Three responses whose cells repeat, differ only by their number, by their groups mark, or by their row. */
const pending: PendingResponse[] = [
  { row: { id: 'a' } as PendingResponse['row'], counted: [cell('', ''), cell('zone', 'chine', { groups: true }), cell('budget', '', { num: 250000 })] },
  { row: { id: 'b' } as PendingResponse['row'], counted: [cell('', ''), cell('zone', 'chine'), cell('budget', '', { num: 12 }), cell('actions', '4', { row_key: 'promotion' })] },
  { row: { id: 'c' } as PendingResponse['row'], counted: [], invitationCodeHash: 'h', messages: [] },
  { row: { id: 'd' } as PendingResponse['row'], counted: [cell('budget', '', { num: 12 }), cell('actions', '4', { row_key: 'cooperation' }), cell('', '')] },
];

describe('pending responses as they cross to the writer thread', () => {
  it('come back the same, each distinct cell sent once', () => {
    const encoded = encodePending(pending);
    // 10 cells, of which 7 distinct: the groups mark, the number and the row each make a cell of its own.
    expect(encoded.refs).toHaveLength(10);
    expect(encoded.cells).toHaveLength(7);
    expect(structuredClone(decodePending(structuredClone(encoded)))).toEqual(pending);
  });

  it('encoded one by one as they come, past the first 65,536 cell numbers, they come back the same', () => {
    const many: PendingResponse[] = Array.from({ length: 3000 }, (_, i) => ({
      row: { id: `r${i}` } as PendingResponse['row'],
      counted: Array.from({ length: 40 }, (_, k) => cell(`q${k % 7}`, String((i + k) % 5), { num: k === 0 ? i : null })),
    }));
    const encoder = pendingEncoder();
    for (const p of many) encoder.add(p);
    expect(encoder.size).toBe(3000);
    const encoded = encoder.finish();
    expect(encoded.refs).toHaveLength(120_000);
    expect(decodePending(structuredClone(encoded))).toEqual(many);
    // Either form of a batch gives the same responses and the same encoding.
    expect(batchItems(encoded)).toEqual(many);
    expect(batchItems(many)).toBe(many);
    expect(encodedBatch(many)).toEqual(encoded);
  });
});
