import type { SchemaAgnosticDb } from '../schema-agnostic.js';
import { isPostgres } from '../engine-of.js';
import type { Catalog } from '../../instruments/catalog.js';
import { compileCatalog } from '../../instruments/compile-catalog.js';
import { flattenAnswers } from '../../instruments/flatten-answers.js';

/*
 * Answers stored once. Every response was written twice: its validated answers in its own
 * row (JSON), and one row of answer_values per question × row × column. Since results,
 * breakdowns and peers read the pre-aggregated counts, those rows served only recounts,
 * which read the responses' answers through the question kinds just as well; they were
 * about 52 B-tree rows per annual response, most of the cost of a write and of the file.
 *
 * Before the table goes, each response's rows are compared with its answers as the kinds
 * flatten them: a response whose rows hold an answer its JSON lacks (or the reverse) stops
 * the migration, and nothing is dropped.
 */

const PAGE = 2000;

type Cell = { question: string; row_key: string; col_key: string; value: string };
const cellKey = (c: Cell) => `${c.question}\u0000${c.row_key}\u0000${c.col_key}\u0000${c.value}`;
const sorted = (cells: Cell[]) => cells.map(cellKey).sort().join('\u0001');

/** The ids of the responses whose answer rows differ from their answers (at most 10 named). */
async function responsesWhoseRowsDiffer(db: SchemaAgnosticDb, catalog: Catalog): Promise<{ count: number; ids: string[] }> {
  const differ: string[] = [];
  for (let after = ''; ; ) {
    const page = (await db
      .selectFrom('responses')
      .select(['id', 'survey_id', 'answers'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute()) as { id: string; survey_id: string; answers: string }[];
    if (page.length === 0) break;
    const rows = (await db
      .selectFrom('answer_values')
      .select(['response_id', 'question', 'row_key', 'col_key', 'value'])
      .where('response_id', 'in', page.map((r) => r.id))
      .execute()) as (Cell & { response_id: string })[];
    const stored = new Map<string, Cell[]>();
    for (const r of rows) {
      const cells = stored.get(r.response_id);
      if (cells) cells.push(r);
      else stored.set(r.response_id, [r]);
    }
    for (const r of page) {
      const instrument = catalog.get(r.survey_id);
      // An instrument the service no longer has: its answers stay in its row, as they are.
      if (!instrument) continue;
      const flattened = flattenAnswers(instrument.spec, JSON.parse(r.answers) as Record<string, unknown>);
      if (sorted(flattened) !== sorted(stored.get(r.id) ?? [])) differ.push(r.id);
    }
    after = page[page.length - 1]!.id;
  }
  return { count: differ.length, ids: differ.slice(0, 10) };
}

export async function up(db: SchemaAgnosticDb): Promise<void> {
  const differ = await responsesWhoseRowsDiffer(db, compileCatalog());
  if (differ.count > 0) {
    throw new Error(
      `les lignes de réponses de ${differ.count} réponse(s) ne correspondent pas à leurs réponses enregistrées (${differ.ids.join(', ')}${differ.count > differ.ids.length ? ', …' : ''})\u202f: rien n’a été supprimé.`,
    );
  }
  // Its indexes go with it.
  await db.schema.dropTable('answer_values').execute();
}

/** The table as it was, filled again from the responses' answers. */
export async function down(db: SchemaAgnosticDb): Promise<void> {
  await db.schema
    .createTable('answer_values')
    .addColumn('id', 'integer', (col) => (isPostgres(db) ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement()))
    .addColumn('response_id', 'varchar(32)', (col) => col.notNull().references('responses.id').onDelete('cascade'))
    .addColumn('survey_id', 'varchar(64)', (col) => col.notNull())
    .addColumn('campaign', 'varchar(32)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('question', 'varchar(64)', (col) => col.notNull())
    .addColumn('row_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('col_key', 'varchar(64)', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('num', 'double precision')
    .addColumn('collectivite_type', 'varchar(32)')
    .addColumn('strate_population', 'varchar(16)')
    .execute();
  await db.schema.createIndex('answer_values_response').on('answer_values').column('response_id').execute();
  await db.schema.createIndex('answer_values_question').on('answer_values').columns(['survey_id', 'campaign', 'status', 'question']).execute();
  const catalog = compileCatalog();
  for (let after = ''; ; ) {
    const page = (await db
      .selectFrom('responses')
      .select(['id', 'survey_id', 'campaign', 'status', 'answers', 'collectivite_type', 'strate_population'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute()) as { id: string; survey_id: string; campaign: string; status: string; answers: string; collectivite_type: string | null; strate_population: string | null }[];
    if (page.length === 0) return;
    const rows = page.flatMap((r) => {
      const instrument = catalog.get(r.survey_id);
      if (!instrument) return [];
      const { answers, id, ...rest } = r;
      return flattenAnswers(instrument.spec, JSON.parse(answers) as Record<string, unknown>).map((c) => ({ response_id: id, ...rest, ...c }));
    });
    for (let start = 0; start < rows.length; start += 2500) await db.insertInto('answer_values').values(rows.slice(start, start + 2500)).execute();
    after = page[page.length - 1]!.id;
  }
}
