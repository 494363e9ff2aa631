import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/**
 * Campaigns: what a survey's responses are grouped into (a year, or `permanent`), with a
 * label and its nature, so that reconstructions and fictitious data are labelled as such
 * wherever they are shown.
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('label', 'text', (col) => col.notNull())
    // 'reelle' (collected here), 'reconstitution' (replay of a historical survey), 'fictive' (demonstration)
    .addColumn('nature', 'varchar(16)', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addPrimaryKeyConstraint('campaigns_pk', ['survey_id', 'campaign'])
    .execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('campaigns').execute();
}
