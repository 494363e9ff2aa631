import { PostgresAdapter } from 'kysely';
import type { SchemaAgnosticDb } from './schema-agnostic.js';

/** Which engine a Kysely instance talks to: migrations need it where SQL dialects differ (identity columns). */
export function isPostgres(db: SchemaAgnosticDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
