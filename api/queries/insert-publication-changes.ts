import type { Insertable, Kysely } from 'kysely';
import type { Database, PublicationChangesTable } from '../db/schema.js';

const ROWS_PER_STATEMENT = 8000;

/** Notes responses whose share of their campaign's results changed; the first note since a publication is kept. */
export async function insertPublicationChanges(db: Kysely<Database>, rows: Insertable<PublicationChangesTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db
      .insertInto('publication_changes')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflict((oc) => oc.columns(['survey_id', 'campaign', 'response_id']).doNothing())
      .execute();
  }
}
