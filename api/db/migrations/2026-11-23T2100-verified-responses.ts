import { sql } from 'kysely';
import type { SchemaAgnosticDb } from '../schema-agnostic.js';
import { recountAnswerCounts } from '../../counting/recount-answer-counts.js';
import { compileCatalog } from '../../instruments/compile-catalog.js';

/*
 * Who counts. Anyone can answer without an invitation, so a response counts in the
 * aggregates (results, peers, the guide's figures) only once it is verified — answered
 * through an invitation, or validated by the administrator — and only the latest complete
 * verified response of a collectivity in a campaign. Peer groups are compared with
 * snapshots, which change at most once a day and only once enough members have changed.
 * Responses already stored: those of invitations and of the service's own reconstructions
 * and demonstrations are verified; the counts are recounted from the counted ones.
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('responses').addColumn('verification', 'varchar(16)', (col) => col.notNull().defaultTo('en_attente')).execute();
  await db.schema.alterTable('responses').addColumn('counted', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('campaigns').addColumn('last_published_at', 'varchar(32)').execute();
  await db.schema.createIndex('responses_collectivity').on('responses').columns(['survey_id', 'campaign', 'collectivite']).execute();
  await db.schema.createIndex('responses_counted').on('responses').columns(['survey_id', 'campaign', 'counted']).execute();

  const profile = (c: ReturnType<typeof db.schema.createTable>) =>
    c
      .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
      .addColumn('collectivite_type', 'varchar(32)', (col) => col.notNull())
      .addColumn('strate_population', 'varchar(16)', (col) => col.notNull());
  await profile(db.schema.createTable('peer_snapshots'))
    .addColumn('taken_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('peer_snapshots_pk', ['survey_id', 'campaign', 'collectivite_type', 'strate_population'])
    .execute();
  await profile(db.schema.createTable('peer_snapshot_counts'))
    .addColumn('question', 'varchar(64)', (col) => col.notNull())
    .addColumn('row_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('col_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('value', 'varchar(64)', (col) => col.notNull())
    .addColumn('n', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('peer_snapshot_counts_pk', [
      'survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value',
    ])
    .execute();
  await profile(db.schema.createTable('peer_changes'))
    .addColumn('response_id', 'varchar(32)', (col) => col.notNull())
    .addColumn('before_share', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('peer_changes_pk', ['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'response_id'])
    .execute();

  await db.schema
    .createTable('publication_changes')
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('response_id', 'varchar(32)', (col) => col.notNull())
    .addColumn('before_answers', 'text')
    .addPrimaryKeyConstraint('publication_changes_pk', ['survey_id', 'campaign', 'response_id'])
    .execute();

  await db
    .updateTable('responses')
    .set({ verification: 'verifiee' })
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('invitations').select('response_id').where('response_id', 'is not', null)),
        eb.exists(
          eb
            .selectFrom('campaigns as c')
            .select('c.campaign')
            .whereRef('c.survey_id', '=', 'responses.survey_id')
            .whereRef('c.campaign', '=', 'responses.campaign')
            .where('c.nature', 'in', ['reconstitution', 'fictive']),
        ),
      ]),
    )
    .execute();
  // Counted: complete, verified, and no later complete verified response of the same collectivity.
  await sql`
    update responses set counted = 1
    where status = 'complete' and verification = 'verifiee'
      and (collectivite is null or not exists (
        select 1 from responses later
        where later.survey_id = responses.survey_id and later.campaign = responses.campaign
          and later.collectivite = responses.collectivite
          and later.status = 'complete' and later.verification = 'verifiee'
          and (later.updated_at > responses.updated_at or (later.updated_at = responses.updated_at and later.id > responses.id))))`.execute(db);
  await db.updateTable('campaigns').set((eb) => ({ last_published_at: eb.ref('published_at') })).execute();
  const any = await db.selectFrom('responses').select('id').where('status', '=', 'complete').limit(1).executeTakeFirst();
  if (any) await recountAnswerCounts(db, compileCatalog());
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.dropTable('publication_changes').execute();
  await db.schema.dropTable('peer_changes').execute();
  await db.schema.dropTable('peer_snapshot_counts').execute();
  await db.schema.dropTable('peer_snapshots').execute();
  await db.schema.dropIndex('responses_counted').execute();
  await db.schema.dropIndex('responses_collectivity').execute();
  await db.schema.alterTable('campaigns').dropColumn('last_published_at').execute();
  for (const column of ['counted', 'verification']) await db.schema.alterTable('responses').dropColumn(column).execute();
}
