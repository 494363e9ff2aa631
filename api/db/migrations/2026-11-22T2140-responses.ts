import type { SchemaAgnosticDb } from '../schema-agnostic.js';
import { isPostgres } from '../engine-of.js';

// Migrations are typed SchemaAgnosticDb: they describe the schema of their own date, not today's.
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema
    .createTable('responses')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('token_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('collectivite', 'varchar(32)')
    .addColumn('collectivite_type', 'varchar(32)')
    .addColumn('strate_population', 'varchar(16)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('responses_survey_campaign_status')
    .on('responses')
    .columns(['survey_id', 'campaign', 'status'])
    .execute();

  await db.schema
    .createTable('answer_values')
    // SQLite's AUTOINCREMENT has no PostgreSQL spelling: there it is an identity column.
    .addColumn('id', 'integer', (col) =>
      isPostgres(db) ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
    )
    .addColumn('response_id', 'varchar(32)', (col) =>
      col.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('question', 'varchar(64)', (col) => col.notNull())
    .addColumn('row_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('col_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('num', 'double precision')
    .execute();
  await db.schema.createIndex('answer_values_response').on('answer_values').column('response_id').execute();
  // Serves the results GROUP BY (survey, campaign, status, question, row, column, value).
  await db.schema
    .createIndex('answer_values_aggregate')
    .on('answer_values')
    .columns(['survey_id', 'campaign', 'status', 'question', 'row_key', 'col_key', 'value'])
    .execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('answer_values').execute();
  await db.schema.dropTable('responses').execute();
}
