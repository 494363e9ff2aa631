import { describe, expect, it } from 'vitest';
import { csvRows } from '../../api/imports/csv-rows.js';
import { jsonLineRecords } from '../../api/imports/json-line-records.js';
import { textLines } from '../../api/imports/text-lines.js';

/** The bytes of a text cut into pieces of `size` bytes: characters and lines split across chunks. */
async function* inPieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('the streaming readers of imports', () => {
  it('read a CSV byte by byte as a whole: byte-order mark, delimiter of the first line, accents and quoted line breaks split across chunks', async () => {
    const csv = '\uFEFFstatut;commentaire\r\ncomplete;"Région, «\u202fété\u202f»"\r\n\r\npartial;"deux\r\nlignes"\r\n';
    const expected = [['statut', 'commentaire'], ['complete', 'Région, «\u202fété\u202f»'], ['partial', 'deux\r\nlignes']];
    expect(await all(csvRows(inPieces(csv, 1)))).toEqual(expected);
    expect(await all(csvRows(inPieces(csv, 7)))).toEqual(expected);
    expect(await all(csvRows(inPieces('a,b\n1,"x;y"', 3)))).toEqual([['a', 'b'], ['1', 'x;y']]);
    expect(await all(csvRows(inPieces('', 3)))).toEqual([]);
  });

  it('read JSON lines one response a line, a line that is not one being a rejected line', async () => {
    const text = ['{"status":"complete","answers":{"session":"1"}}', '', '{"answers":{"session":"2"}}', 'pas du json', '{"status":"fini","answers":{}}', '[1]'].join('\n');
    const records = await all(jsonLineRecords(inPieces(text, 5)));
    expect(records.map((r) => ('problems' in r ? `${r.line} rejetée` : `${r.line} ${r.status} ${JSON.stringify(r.answers)}`))).toEqual([
      '1 complete {"session":"1"}',
      '3 complete {"session":"2"}',
      '4 rejetée',
      '5 rejetée',
      '6 rejetée',
    ]);
  });

  it('cut lines at « \n », « \r\n » or a lone « \r », across chunks of bytes or strings, the last line without its end included', async () => {
    const text = 'un\r\ndeux\nété «\u202f3\u202f»\rquatre\n\ncinq';
    const expected = ['un', 'deux', 'été «\u202f3\u202f»', 'quatre', '', 'cinq'];
    for (const size of [1, 2, 3, 7, 1000]) expect(await all(textLines(inPieces(text, size)))).toEqual(expected);
    expect(await all(textLines(['un\r', '\ndeux', '\n']))).toEqual(['un', 'deux']);
    expect(await all(textLines([]))).toEqual([]);
  });
});
