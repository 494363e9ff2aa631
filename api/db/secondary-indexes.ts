import type { SchemaAgnosticDb } from './schema-agnostic.js';

/*
 * The indexes that serve reads only, and that a bulk load may drop and build again at the
 * end: one sort of the finished table costs far less than keeping the B-trees in order
 * through millions of inserts.
 * They are the indexes the migrations create (test/api/bulk-insert.test.ts checks it);
 * uniqueness and primary keys are never dropped, so a load cannot store a duplicate.
 */
export const SECONDARY_INDEXES = [
  { name: 'responses_survey_campaign_status', table: 'responses', columns: ['survey_id', 'campaign', 'status'] },
] as const;

export async function dropSecondaryIndexes(db: SchemaAgnosticDb): Promise<void> {
  for (const index of SECONDARY_INDEXES) await db.schema.dropIndex(index.name).ifExists().execute();
}

/**
 * Builds whichever secondary index is missing. Run after every migration, so a bulk load
 * that died before rebuilding them leaves a database that is slower for one start, never
 * a database without its indexes.
 */
export async function ensureSecondaryIndexes(db: SchemaAgnosticDb): Promise<void> {
  for (const index of SECONDARY_INDEXES) {
    await db.schema.createIndex(index.name).ifNotExists().on(index.table).columns([...index.columns]).execute();
  }
}
