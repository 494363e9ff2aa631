import { describe, expect, it } from 'vitest';
import type { CountedCell } from '../../api/instruments/counted-cells.js';
import { decodePending, encodePending } from '../../api/responses/pending-encoding.js';
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
});
