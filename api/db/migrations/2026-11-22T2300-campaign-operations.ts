import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/**
 * Campaign operations: opening and closing dates and publication of a campaign,
 * invitations that bind a collectivity to one response, and settings (the administrator
 * token's hash when it was generated rather than given).
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('campaigns').addColumn('opens_at', 'varchar(32)').execute();
  await db.schema.alterTable('campaigns').addColumn('closes_at', 'varchar(32)').execute();
  await db.schema.alterTable('campaigns').addColumn('published_at', 'varchar(32)').execute();
  await db.schema
    .createTable('invitations')
    .addColumn('code_hash', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('collectivite', 'varchar(32)', (col) => col.notNull())
    .addColumn('response_id', 'varchar(32)', (col) => col.references('responses.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('invitations_one_per_collectivity')
    .on('invitations')
    .columns(['survey_id', 'campaign', 'collectivite'])
    .unique()
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('invitations').execute();
  for (const column of ['opens_at', 'closes_at', 'published_at']) {
    await db.schema.alterTable('campaigns').dropColumn(column).execute();
  }
}
