import { Readable, type Duplex } from 'node:stream';
import Papa from 'papaparse';

/** The delimiter of a CSV: semicolons when its first line has one (French spreadsheets), commas otherwise. */
const delimiterOf = (firstLine: string) => (firstLine.includes(';') ? ';' : ',');

/**
 * The rows of a CSV read as it arrives (semicolons or commas, with or without byte-order
 * mark), so that a file of a million lines is never held whole: the text is decoded chunk
 * by chunk, the delimiter decided on the first line, and Papa Parse's stream parser yields
 * each row of texts in turn.
 */
export async function* csvRows(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8');
  const chunks = input[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  while (!head.includes('\n') && !done) {
    const next = await chunks.next();
    if (next.done) done = true;
    else head += typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
  }
  if (done) head += decoder.decode();
  head = head.replace(/^\uFEFF/, '');
  const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
  async function* text() {
    yield head;
    if (done) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      yield typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
    }
    yield decoder.decode();
  }
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: delimiterOf(firstLine), skipEmptyLines: 'greedy' }) as unknown as Duplex;
  const source = Readable.from(text());
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  for await (const row of parser) yield row as string[];
}
