import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { encodedBatch, encodePending, pendingEncoder, type EncodedPending, type PendingBatch } from './pending-encoding.js';
import { writerClosed, type GroupCommitWriter, type PendingResponse } from './response-writer.js';
import { receiveError, type WriterReply, type WriterRequest } from './writer-messages.js';
import type { WriterThreadData } from './writer-thread.js';

interface Waiting {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** A writer thread's writer; `thread` is its current thread (diagnostics and tests). */
export interface ThreadWriter extends GroupCommitWriter {
  readonly thread: Worker;
}

/**
 * New responses written to a SQLite file by a thread of their own. better-sqlite3 is
 * synchronous: in the server's thread, every commit and its fsync would stop the event loop,
 * and with it the parsing and validation of the next submissions. The writer thread opens
 * its own connection to the same file and runs the same group commit (writer-thread.ts);
 * this side posts the writes and resolves each one's promise when the thread says its
 * commit is done, a DomainError coming back as the same DomainError (a thread that dies
 * is replaced: see start). Other writes (edits, the
 * administration) keep the server's connection: WAL and the busy timeout let the two take
 * turns, each waiting for the other's commit (writes take the lock at once, BEGIN
 * IMMEDIATE, so neither fails). The thread builds the standard catalog (compileCatalog()).
 */
export function threadWriter(file: string, options: { synchronous?: 'FULL' | 'NORMAL' } = {}): ThreadWriter {
  const workerData: WriterThreadData = { file: path.resolve(file), synchronous: options.synchronous ?? 'FULL' };
  const waiting = new Map<number, Waiting>();
  let next = 0;
  /** Transactions committed by the threads that ended, and by the current one. */
  let committedBefore = 0;
  let commits = 0;
  /** Set once the writer is closing: every later write is refused with it. */
  let stopped: Error | null = null;
  const deaths: number[] = [];
  let worker = start();
  let exited = exitOf(worker);

  function exitOf(w: Worker): Promise<void> {
    return new Promise<void>((resolve) => w.once('exit', () => resolve()));
  }
  const settle = (id: number, settleWith: (w: Waiting) => void) => {
    const w = waiting.get(id);
    if (!w) return;
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    settleWith(w);
  };
  const failAll = (error: Error) => {
    for (const id of [...waiting.keys()]) settle(id, (w) => w.reject(error));
  };

  /**
   * A thread that ends without being asked to (an uncaught error, a lack of memory) fails
   * the writes it was given — none of them was acknowledged, so nothing acknowledged is
   * lost — and another takes its place for the next ones. Three deaths within a minute
   * stop the writer (every write then fails with the last error) rather than loop.
   */
  function start(): Worker {
    const thread = new Worker(new URL('./writer-thread.mjs', import.meta.url), { workerData });
    // The thread keeps the process alive only while it owes an answer: a server holds it by
    // its own listening socket, a script ends when its last write is answered.
    thread.unref();
    thread.on('message', (reply: WriterReply) => {
      commits = committedBefore + reply.commits;
      for (const { id, error } of reply.answers) settle(id, (w) => (error ? w.reject(receiveError(error)) : w.resolve()));
    });
    let failure: Error | null = null;
    thread.on('error', (error) => (failure = error));
    thread.once('exit', () => {
      // Writes not yet posted fail with the others: none goes to the next thread unanswered.
      outgoing = [];
      if (stopped) return failAll(stopped);
      failAll(failure ?? new Error('Le fil d’écriture des réponses s’est arrêté\u202f; réessayez.'));
      const now = Date.now();
      deaths.push(now);
      if (deaths.filter((t) => now - t < 60_000).length >= 3) {
        stopped = failure ?? writerClosed();
        return;
      }
      committedBefore = commits;
      worker = start();
      exited = exitOf(worker);
    });
    return thread;
  }

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
    get thread() {
      return worker;
    },
    write(item: PendingResponse) {
      const id = next++;
      return ask(id, () => {
        outgoing.push({ id, item });
        if (outgoing.length === 1) setImmediate(sendWrites);
      });
    },
    // Encoded response by response as it is filled: the cells cross as numbers, and die young.
    newBatch: pendingEncoder,
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
