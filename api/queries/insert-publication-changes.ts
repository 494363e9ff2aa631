import type { Insertable, Kysely } from 'kysely';
import type { Database, PublicationChangesTable } from '../db/schema.js';
import { insertRows, type RowColumn } from '../db/insert-rows.js';

const KEY = ['survey_id', 'campaign', 'response_id'] as const;
const COLUMNS: readonly RowColumn[] = [...KEY, 'before_answers'].map((name) => ({ name, pg: 'text' }));

/** Notes responses whose share of their campaign's results changed; the first note since a publication is kept. */
export async function insertPublicationChanges(db: Kysely<Database>, rows: Insertable<PublicationChangesTable>[]): Promise<void> {
  await insertRows(
    db,
    'publication_changes',
    COLUMNS,
    rows.map((r) => [r.survey_id, r.campaign, r.response_id, r.before_answers]),
    { key: KEY, ignore: true },
  );
}
