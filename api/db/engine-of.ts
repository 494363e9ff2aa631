import { PostgresAdapter, type Kysely } from 'kysely';

/** Which engine a Kysely instance talks to: migrations need it where SQL dialects differ (identity columns). */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
