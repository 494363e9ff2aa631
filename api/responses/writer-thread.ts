/**
 * The writer thread (started by thread-writer.ts): its own connection to the SQLite file,
 * the standard catalog, and the same group commit as the server's thread would run. While
 * it writes and syncs, the server's thread goes on parsing and validating.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDatabase } from '../db/create-database.js';
import { compileCatalog } from '../instruments/compile-catalog.js';
import { decodePending } from './pending-encoding.js';
import { groupCommitWriter } from './response-writer.js';
import { sendError, type WriterReply, type WriterRequest } from './writer-messages.js';

export interface WriterThreadData {
  file: string;
  synchronous: 'FULL' | 'NORMAL';
}

const { file, synchronous } = workerData as WriterThreadData;
const port = parentPort!;
// The same pragmas as the server's connection (WAL, busy timeout, synchronous); the schema
// was migrated by the server before it started this thread.
const { db } = createDatabase(file, { synchronous });
const writer = groupCommitWriter(db, compileCatalog());

/** Answers go together, once a turn, as the writes came. */
let answers: WriterReply['answers'] = [];
function sendAnswers(): void {
  if (answers.length === 0) return;
  port.postMessage({ commits: writer.commits, answers } satisfies WriterReply);
  answers = [];
}

function answer(id: number, done: Promise<void>): void {
  const send = (reply: WriterReply['answers'][number]) => {
    answers.push(reply);
    if (answers.length === 1) setImmediate(sendAnswers);
  };
  done.then(
    () => send({ id }),
    (error: unknown) => send({ id, error: sendError(error) }),
  );
}

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'writes') decodePending(request.encoded).forEach((item, i) => answer(request.ids[i]!, writer.write(item)));
  else if (request.kind === 'batch') answer(request.id, writer.writeBatch(request.encoded));
  else {
    void (async () => {
      await writer.close();
      await db.destroy();
      sendAnswers();
      // Nothing else holds the thread: it ends, and the server's thread sees it exit.
      port.close();
    })();
  }
});
