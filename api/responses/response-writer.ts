import type { Insertable, Kysely } from 'kysely';
import type { Database, OutboxTable } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import { bindInvitation } from '../queries/bind-invitation.js';
import { insertOutboxMessages } from '../queries/insert-outbox-messages.js';
import type { Catalog } from '../instruments/catalog.js';
import type { NewResponse } from '../queries/insert-responses.js';
import { storeNewResponses } from './store-new-responses.js';

/** A new response to store; with an invitation, the invitation is bound to it in the same transaction, and so are its messages queued (a receipt). */
export interface PendingResponse extends NewResponse {
  invitationCodeHash?: string;
  messages?: Insertable<OutboxTable>[];
}

/** Stores new responses; `write` resolves once the response is committed, never before. */
export interface ResponseWriter {
  write(item: PendingResponse): Promise<void>;
}

function invitationUsed(): DomainError {
  return new DomainError('conflit', 'invitation_deja_utilisee', 'Cette invitation a déjà servi à répondre\u202f: rouvrez le lien d’invitation pour reprendre la réponse existante.');
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
  return { write: (item) => writeAll(db, catalog, [item]) };
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
 * commit that holds its response. When a batch fails (an invitation used twice in it, a
 * constraint), its responses are retried one by one, so one bad response fails alone.
 */
export function groupCommitWriter(db: Kysely<Database>, catalog: Catalog, maxBatch = 256): ResponseWriter {
  const queue: Waiting[] = [];
  let writing = false;

  async function flush(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        await writeAll(db, catalog, batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else {
          for (const w of batch) {
            await writeAll(db, catalog, [w.item]).then(w.resolve, w.reject);
          }
        }
      }
    }
    writing = false;
  }

  return {
    write(item) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // setImmediate runs after the pending I/O callbacks: the requests that arrived in
        // the same turn of the event loop join this batch.
        if (!writing) {
          writing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
