import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Catalog } from '../instruments/catalog.js';
import { countedCells } from '../instruments/counted-cells.js';
import { flattenAnswers } from '../instruments/flatten-answers.js';
import { applyCountDeltas, countDeltas, noDeltas } from '../queries/adjust-answer-counts.js';
import { clearAnswerCounts } from '../queries/clear-answer-counts.js';
import { listCountedResponsesPage } from '../queries/list-counted-responses-page.js';

const PAGE = 2000;

/**
 * Rebuilds the pre-aggregated counts from the counted responses' own answers, read by the
 * question kinds exactly as a write reads them: what every write keeps up to date,
 * recomputed from scratch (after a migration changes who counts, and in the tests that
 * check the counts never drift). Run it in a transaction, or on a database nobody writes to.
 */
export async function recountAnswerCounts(db: Kysely<Database>, catalog: Catalog): Promise<number> {
  await clearAnswerCounts(db);
  let recounted = 0;
  for (let after = ''; ; ) {
    const page = await listCountedResponsesPage(db, after, PAGE);
    if (page.length === 0) return recounted;
    const deltas = noDeltas();
    for (const r of page) {
      const instrument = catalog.get(r.survey_id);
      if (!instrument) continue;
      const cells = countedCells(instrument.spec, flattenAnswers(instrument.spec, JSON.parse(r.answers) as Record<string, unknown>));
      countDeltas(deltas, r, cells, 1);
    }
    await applyCountDeltas(db, deltas);
    recounted += page.length;
    after = page[page.length - 1]!.id;
  }
}
