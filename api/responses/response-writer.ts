import type { Insertable, Kysely } from 'kysely';
import type { Database, OutboxTable } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import { bindInvitation } from '../queries/bind-invitation.js';
import { insertOutboxMessages } from '../queries/insert-outbox-messages.js';
import type { Catalog } from '../instruments/catalog.js';
import type { NewResponse } from '../queries/insert-responses.js';
import { batchItems, collectingBatch, type BatchBuilder, type PendingBatch } from './pending-encoding.js';
import { storeNewResponses } from './store-new-responses.js';

/** A new response to store; with an invitation, the invitation is bound to it in the same transaction, and so are its messages queued (a receipt). */
export interface PendingResponse extends NewResponse {
  invitationCodeHash?: string;
  messages?: Insertable<OutboxTable>[];
}

/** Stores new responses; each promise resolves once its responses are committed, never before. */
export interface ResponseWriter {
  write(item: PendingResponse): Promise<void>;
  /** A batch in one transaction, all or nothing (an import's). */
  writeBatch(batch: PendingBatch): Promise<void>;
  /** An empty batch in the form this writer takes best, to fill and give to writeBatch. */
  newBatch(): BatchBuilder;
  /** Resolves once the writes already asked for are committed (or failed); later writes are refused. */
  close(): Promise<void>;
}

/** A writer that groups writes: `commits` (transactions committed so far) is below the number of writes when they were grouped. */
export interface GroupCommitWriter extends ResponseWriter {
  readonly commits: number;
}

function invitationUsed(): DomainError {
  return new DomainError('conflit', 'invitation_deja_utilisee', 'Cette invitation a déjà servi à répondre\u202f: rouvrez le lien d’invitation pour reprendre la réponse existante.');
}

export function writerClosed(): Error {
  return new Error('Le rédacteur des réponses est fermé\u202f: le service s’arrête.');
}

/** Writes `items` in one transaction: all or nothing. */
async function writeAll(db: Kysely<Database>, catalog: Catalog, items: PendingResponse[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await storeNewResponses(trx, catalog, items);
    for (const item of items) {
      if (item.invitationCodeHash && !(await bindInvitation(trx, item.invitationCodeHash, item.row.id))) throw invitationUsed();
    }
    await insertOutboxMessages(trx, items.flatMap((item) => item.messages ?? []));
  });
}

/** One transaction per response (seeds, scripts). */
export function directWriter(db: Kysely<Database>, catalog: Catalog): ResponseWriter {
  return { write: (item) => writeAll(db, catalog, [item]), writeBatch: (batch) => writeAll(db, catalog, batchItems(batch)), newBatch: collectingBatch, close: async () => {} };
}

interface Waiting {
  item: PendingResponse;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the submissions that arrive while a transaction is being written wait, then
 * go together in the next one — one commit (one fsync) and a few multi-row statements for
 * all of them, instead of one of each per response. Each caller is answered only after the
 * commit that holds it. When a batch fails (an invitation used twice in it, a
 * constraint), its responses are retried one by one, so one bad response fails alone.
 * It runs in the thread that holds the connection: the server's own for PostgreSQL and
 * in-memory SQLite, the writer thread's for a SQLite file (thread-writer.ts).
 */
export function groupCommitWriter(db: Kysely<Database>, catalog: Catalog, maxBatch = 256): GroupCommitWriter {
  const queue: Waiting[] = [];
  let writing = false;
  let closed = false;
  let commits = 0;
  /** Writes under way (batches and group commits): what `close` waits for. */
  const pending = new Set<Promise<unknown>>();

  const commit = async (items: PendingResponse[]) => {
    await writeAll(db, catalog, items);
    commits++;
  };

  function track<T>(promise: Promise<T>): Promise<T> {
    const settled: Promise<unknown> = promise.then(
      () => pending.delete(settled),
      () => pending.delete(settled),
    );
    pending.add(settled);
    return promise;
  }

  async function flush(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        await commit(batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else {
          for (const w of batch) {
            await commit([w.item]).then(w.resolve, w.reject);
          }
        }
      }
    }
    writing = false;
  }

  return {
    get commits() {
      return commits;
    },
    write(item) {
      if (closed) return Promise.reject(writerClosed());
      return track(
        new Promise<void>((resolve, reject) => {
          queue.push({ item, resolve, reject });
          // setImmediate runs after the pending I/O callbacks: the requests (or the writer
          // thread's messages) that arrived in the same turn of the event loop join this batch.
          if (!writing) {
            writing = true;
            setImmediate(() => void flush());
          }
        }),
      );
    },
    writeBatch(batch) {
      if (closed) return Promise.reject(writerClosed());
      return track(commit(batchItems(batch)));
    },
    newBatch: collectingBatch,
    async close() {
      closed = true;
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
