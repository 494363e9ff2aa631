import { sql } from 'kysely';
import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/*
 * The respondent cell (question, row, column and value all ''): one count per counted
 * response of each profile, so that a campaign's total is summed from a few count rows
 * instead of counted over its responses, the one part of the results document whose cost
 * grew with their number. Writes add it from now on (countedCells); this fills it in for
 * the responses already counted. The same cell split by grouping answer is the number of
 * responses of each group: those who gave that answer to that question, which the group's
 * own counts already hold.
 */

const EMPTY = sql<string>`''`;
// The profile as the counts key it: a column not answered is ''.
const TYPE = sql<string>`coalesce(collectivite_type, '')`;
const BAND = sql<string>`coalesce(strate_population, '')`;

export async function up(db: SchemaAgnosticDb): Promise<void> {
  await db
    .insertInto('answer_counts')
    .columns(['survey_id', 'campaign', 'collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value', 'n'])
    .expression(
      db
        .selectFrom('responses')
        .select((eb) => [
          'survey_id',
          'campaign',
          TYPE.as('collectivite_type'),
          BAND.as('strate_population'),
          EMPTY.as('question'),
          EMPTY.as('row_key'),
          EMPTY.as('col_key'),
          EMPTY.as('value'),
          eb.fn.countAll().as('n'),
        ])
        .where('counted', '=', 1)
        .groupBy(['survey_id', 'campaign', TYPE, BAND]),
    )
    .execute();
  await db
    .insertInto('answer_group_counts')
    .columns(['survey_id', 'campaign', 'group_question', 'group_value', 'question', 'row_key', 'col_key', 'value', 'n'])
    .expression(
      db
        .selectFrom('answer_group_counts')
        .select((eb) => ['survey_id', 'campaign', 'group_question', 'group_value', EMPTY.as('question'), EMPTY.as('row_key'), EMPTY.as('col_key'), EMPTY.as('value'), eb.fn.sum('n').as('n')])
        .whereRef('question', '=', 'group_question')
        .whereRef('value', '=', 'group_value')
        .where('row_key', '=', '')
        .where('col_key', '=', '')
        .groupBy(['survey_id', 'campaign', 'group_question', 'group_value'])
        .having((eb) => eb.fn.sum('n'), '<>', 0),
    )
    .execute();
}

export async function down(db: SchemaAgnosticDb): Promise<void> {
  for (const table of ['answer_counts', 'answer_group_counts']) {
    await db.deleteFrom(table).where('question', '=', '').where('row_key', '=', '').where('col_key', '=', '').where('value', '=', '').execute();
  }
}
