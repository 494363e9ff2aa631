import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/*
 * When an invitation's link was first opened: the tracking tells a collectivity that never
 * opened its link (to remind, or to reach otherwise) from one that opened it and has not
 * begun answering.
 */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('invitations').addColumn('opened_at', 'varchar(32)').execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('invitations').dropColumn('opened_at').execute();
}
