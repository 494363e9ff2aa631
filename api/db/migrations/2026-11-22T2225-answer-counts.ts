import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/**
 * Pre-aggregated counts of complete responses per survey × campaign × type × population band
 * × question × row × column × value, kept up to date in the transaction of every write.
 * The results document of a national campaign then sums a few thousand rows instead of
 * grouping millions. `value = ''` rows count the respondents who answered (the base).
 * Also repeats the profile on each answer row, for per-group number statistics without a join.
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema
    .createTable('answer_counts')
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('collectivite_type', 'varchar(32)', (col) => col.notNull())
    .addColumn('strate_population', 'varchar(16)', (col) => col.notNull())
    .addColumn('question', 'varchar(64)', (col) => col.notNull())
    .addColumn('row_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('col_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('value', 'varchar(64)', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('answer_counts_pk', [
      'survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value',
    ])
    .execute();
  await db.schema.alterTable('answer_values').addColumn('collectivite_type', 'varchar(32)').execute();
  await db.schema.alterTable('answer_values').addColumn('strate_population', 'varchar(16)').execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('answer_counts').execute();
  await db.schema.alterTable('answer_values').dropColumn('collectivite_type').execute();
  await db.schema.alterTable('answer_values').dropColumn('strate_population').execute();
}
