import type { Kysely } from 'kysely';

/**
 * A Kysely instance whose schema is not known here. Migrations describe the schema of their
 * own date, not today's `Database`, and the plumbing that runs them (the migrator, the
 * secondary indexes, the engine check, the copy between databases) must accept every one of
 * those schemas: Kysely's documented convention for that is `Kysely<any>`, kept here alone.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's convention for schema-independent code: `unknown` would forbid every table name.
export type SchemaAgnosticDb = Kysely<any>;
