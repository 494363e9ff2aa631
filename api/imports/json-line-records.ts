import { isPlainObject } from '../instruments/answers.js';
import { recordOf, type ImportRecord } from './import-record.js';
import { textLines } from './text-lines.js';

/**
 * JSON lines (one response a line, as the API's body: `{"status": "complete", "answers": {…}}`),
 * read line by line as they arrive. Blank lines are skipped; a line that is not such an
 * object is a rejected line, not a refused file.
 */
export async function* jsonLineRecords(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<ImportRecord> {
  let line = 0;
  for await (const text of textLines(input)) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch {
      yield { line, problems: [{ message: 'Cette ligne n’est pas du JSON valide.' }] };
      continue;
    }
    if (!isPlainObject(value) || !isPlainObject(value.answers)) {
      yield { line, problems: [{ message: 'Chaque ligne est un objet JSON {\u202f"status"\u202f: …, "answers"\u202f: {\u202f…\u202f}\u202f}, comme le corps d’une réponse envoyée à l’API.' }] };
      continue;
    }
    yield recordOf(line, value.answers, value.status);
  }
}
