import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/*
 * The counts split by the answer to a single-choice question other than the profile.
 * Results broken down by such a question joined the answer rows of the campaign to its
 * grouping rows at every request: 2 s for 20,000 responses, minutes for a national
 * campaign, the whole server waiting meanwhile (SQLite answers synchronously). Kept up to
 * date in every write like answer_counts, they make that breakdown a sum of rows too.
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema
    .createTable('answer_group_counts')
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('group_question', 'varchar(64)', (col) => col.notNull())
    .addColumn('group_value', 'varchar(64)', (col) => col.notNull())
    .addColumn('question', 'varchar(64)', (col) => col.notNull())
    .addColumn('row_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('col_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('value', 'varchar(64)', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('answer_group_counts_pk', [
      'survey_id', 'campaign', 'group_question', 'group_value', 'question', 'row_key', 'col_key', 'value',
    ])
    .execute();
  // The counts of responses stored before are rebuilt by 2026-11-23T2100-verified-responses,
  // which recounts every count from the responses that count.
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('answer_group_counts').execute();
}
