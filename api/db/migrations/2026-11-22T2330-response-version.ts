import { sql } from 'kysely';
import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/** A version number per response, raised by every edit: the ETag that stops an edit from silently overwriting another. */
export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('responses').addColumn('version', 'integer', (col) => col.notNull().defaultTo(sql`1`)).execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema.alterTable('responses').dropColumn('version').execute();
}
