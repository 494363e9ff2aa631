import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import type { Catalog } from '../instruments/catalog.js';
import { countedCells } from '../instruments/counted-cells.js';
import { flattenAnswers } from '../instruments/flatten-answers.js';
import { adjustAnswerCounts } from '../queries/adjust-answer-counts.js';
import { updateResponseCounted } from '../queries/update-response-counted.js';
import { noteShareChanges } from './note-share-changes.js';

type StoredShare = Pick<Selectable<ResponsesTable>, 'id' | 'survey_id' | 'campaign' | 'collectivite_type' | 'strate_population' | 'answers' | 'counted'>;

/** A stored response's coded answers, as the counts hold them. */
export function countedCellsOf(catalog: Catalog, r: Pick<StoredShare, 'survey_id' | 'answers'>) {
  const instrument = catalog.get(r.survey_id);
  if (!instrument) return [];
  return countedCells(instrument.spec, flattenAnswers(instrument.spec, JSON.parse(r.answers) as Record<string, unknown>));
}

/**
 * Puts a stored response in the aggregates, or takes it out: its flag, its share of the
 * counts and the note for its peer groups change together, in the caller's transaction.
 */
export async function setCounted(db: Kysely<Database>, catalog: Catalog, r: StoredShare, counted: boolean): Promise<void> {
  if ((r.counted === 1) === counted) return;
  await updateResponseCounted(db, r.id, counted);
  await adjustAnswerCounts(db, r, countedCellsOf(catalog, r), counted ? 1 : -1);
  await noteShareChanges(db, catalog, [{ ...r, before: counted ? null : r, now: counted ? r : null }]);
}
