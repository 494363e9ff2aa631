/**
 * The lines of a text that comes in chunks (bytes decoded as UTF-8, a character split
 * across two chunks included, or strings), without their ends: « \n », « \r\n » or a lone
 * « \r ». The last line is given even without an end. node:readline does the same with a
 * regular expression and an event per line, which took a tenth of an import's validating
 * thread (--cpu-prof); this looks for « \n » with indexOf.
 */
export async function* textLines(input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield* endsOf(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') yield* endsOf(rest);
}

/** A line cut at « \n », without its « \r »: lone « \r » inside end lines too. */
function endsOf(line: string): string[] {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  return trimmed.includes('\r') ? trimmed.split('\r') : [trimmed];
}
