import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable, ResponsesTable } from '../db/schema.js';
import { noteShareChanges } from '../counting/note-share-changes.js';
import { countedCellsOf } from '../counting/set-counted.js';
import { settleCollectivities } from '../counting/settle-collectivities.js';
import type { Catalog } from '../instruments/catalog.js';
import type { PreparedAnswers } from '../instruments/prepare-answers.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { insertOutboxMessages } from '../queries/insert-outbox-messages.js';
import { replaceResponse } from '../queries/replace-response.js';

/**
 * A holder's new answers to a stored response, with all that depends on them in one
 * transaction: its share of the counts moved, its peer groups told, its collectivity's
 * counted response settled, the messages it causes queued (a receipt). Returns the stored
 * row, or null when another edit came first (and then nothing is written, messages included).
 */
export async function editResponse(
  db: Kysely<Database>,
  catalog: Catalog,
  row: Selectable<ResponsesTable>,
  prepared: PreparedAnswers,
  status: ResponseStatus,
  now: string,
  messages: Insertable<OutboxTable>[] = [],
): Promise<Selectable<ResponsesTable> | null> {
  const counted = row.verification === 'verifiee' && status === 'complete';
  const update = {
    status,
    answers: JSON.stringify(prepared.answers),
    ...prepared.profile,
    updated_at: now,
    counted: counted ? 1 : 0,
  };
  return db.transaction().execute(async (trx) => {
    const before = row.counted === 1 ? countedCellsOf(catalog, row) : [];
    if (!(await replaceResponse(trx, row, update, { before, after: counted ? prepared.counted : [] }))) return null;
    const next = { ...row, ...update, version: row.version + 1 };
    // Counted before or now: the groups it leaves and those it joins (its collectivity may have changed).
    if (row.counted === 1 || counted) await noteShareChanges(trx, catalog, [{ ...row, before: row.counted === 1 ? row : null, now: counted ? next : null }]);
    if (row.verification === 'verifiee') await settleCollectivities(trx, catalog, [row, next]);
    await insertOutboxMessages(trx, messages);
    return next;
  });
}
