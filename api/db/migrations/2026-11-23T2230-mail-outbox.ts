import { isPostgres } from '../engine-of.js';
import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/*
 * Campaign e-mail. Invitations keep their contacts, and — for those that have some — their
 * link's code, which reminders and receipts carry again (those without contacts still keep
 * its hash only). Every message is first written to the outbox in the transaction of what
 * causes it, then sent by the service's worker, which marks it sent only once the mail
 * server has accepted it.
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('emails', 'text', (col) => col.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('invitations').addColumn('code', 'varchar(64)').execute();
  await db.schema.createIndex('invitations_response').on('invitations').column('response_id').execute();
  await db.schema
    .createTable('outbox')
    // The order messages were queued in, whatever the clock says (several in one millisecond).
    .addColumn('seq', 'integer', (col) => (isPostgres(db) ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement()))
    .addColumn('id', 'varchar(32)', (col) => col.notNull().unique())
    .addColumn('kind', 'varchar(32)', (col) => col.notNull())
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('collectivite', 'varchar(32)', (col) => col.notNull())
    .addColumn('recipients', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('text_body', 'text', (col) => col.notNull())
    .addColumn('html_body', 'text', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'varchar(32)')
    .addColumn('claimed_until', 'varchar(32)')
    .addColumn('last_attempt_at', 'varchar(32)')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('sent_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_invitation').on('outbox').columns(['survey_id', 'campaign', 'collectivite']).execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('outbox').execute();
  await db.schema.dropIndex('invitations_response').execute();
  for (const column of ['code', 'emails']) await db.schema.alterTable('invitations').dropColumn(column).execute();
}
