import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { encodedBatch, encodePending, type EncodedPending, type PendingBatch } from './pending-encoding.js';
import { writerClosed, type GroupCommitWriter, type PendingResponse } from './response-writer.js';
import { receiveError, type WriterReply, type WriterRequest } from './writer-messages.js';
import type { WriterThreadData } from './writer-thread.js';

interface Waiting {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * New responses written to a SQLite file by a thread of their own. better-sqlite3 is
 * synchronous: in the server's thread, every commit and its fsync would stop the event loop,
 * and with it the parsing and validation of the next submissions. The writer thread opens
 * its own connection to the same file and runs the same group commit (writer-thread.ts);
 * this side posts the writes and resolves each one's promise when the thread says its
 * commit is done, a DomainError coming back as the same DomainError; a thread that dies
 * fails every write under way and every later one. Other writes (edits, the
 * administration) keep the server's connection: WAL and the busy timeout let the two take
 * turns, each waiting for the other's commit (writes take the lock at once, BEGIN
 * IMMEDIATE, so neither fails). The thread builds the standard catalog (compileCatalog()).
 */
export function threadWriter(file: string, options: { synchronous?: 'FULL' | 'NORMAL' } = {}): GroupCommitWriter {
  const workerData: WriterThreadData = { file: path.resolve(file), synchronous: options.synchronous ?? 'FULL' };
  const worker = new Worker(new URL('./writer-thread.mjs', import.meta.url), { workerData });
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let commits = 0;
  /** Set once the thread is gone or going: every later write is refused with it. */
  let stopped: Error | null = null;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  // The thread keeps the process alive only while it owes an answer: a server holds it by
  // its own listening socket, a script ends when its last write is answered.
  worker.unref();
  const settle = (id: number, settleWith: (w: Waiting) => void) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    settleWith(w);
  };
  worker.on('message', (reply: WriterReply) => {
    commits = reply.commits;
    for (const { id, error } of reply.answers) settle(id, (w) => (error ? w.reject(receiveError(error)) : w.resolve()));
  });
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const id of [...waiting.keys()]) settle(id, (w) => w.reject(error));
  };
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(writerClosed()));

  function ask(id: number, post: () => void): Promise<void> {
    if (stopped) return Promise.reject(stopped);
    return new Promise<void>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.ref();
      post();
    });
  }
  const send = (request: WriterRequest, encoded: EncodedPending) => worker.postMessage(request, [encoded.refs.buffer as ArrayBuffer, encoded.ends.buffer as ArrayBuffer]);

  /*
   * The writes of one turn of the event loop cross in one message: posting each alone
   * cost the server's thread some 70 µs a submission (a profile under load: 8 % of its
   * time), most of it the copy of its ~50 counted cells, which the encoding shares.
   */
  let outgoing: { id: number; item: PendingResponse }[] = [];
  function sendWrites(): void {
    if (outgoing.length === 0) return;
    const sending = outgoing;
    outgoing = [];
    const encoded = encodePending(sending.map((o) => o.item));
    send({ kind: 'writes', ids: sending.map((o) => o.id), encoded }, encoded);
  }

  return {
    get commits() {
      return commits;
    },
    write(item: PendingResponse) {
      const id = next++;
      return ask(id, () => {
        outgoing.push({ id, item });
        if (outgoing.length === 1) setImmediate(sendWrites);
      });
    },
    writeBatch(batch: PendingBatch) {
      const id = next++;
      return ask(id, () => {
        const encoded = encodedBatch(batch);
        send({ kind: 'batch', id, encoded }, encoded);
      });
    },
    async close() {
      if (!stopped) {
        stopped = writerClosed();
        worker.ref();
        // The writes of this turn go first: the thread finishes everything it was sent before it closes.
        sendWrites();
        worker.postMessage({ kind: 'close' } satisfies WriterRequest);
      }
      await exited;
    },
  };
}
