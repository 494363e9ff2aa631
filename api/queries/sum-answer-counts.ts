import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isProfileGroup } from '../instruments/counted-cells.js';

/** A scope of results: one campaign of one survey, split into groups by a single-choice question when `groupBy` is set. */
export interface ResultsScope {
  surveyId: string;
  campaign: string;
  groupBy?: string;
}

/** How many counted responses gave a value to a question × row × column (per group when grouped). */
export interface AnswerCount {
  grp: string | null;
  question: string;
  row_key: string;
  col_key: string;
  value: string;
  n: number;
}

/** How many counted responses answered a question × row × column (per group when grouped). */
export interface AnswerBase {
  grp: string | null;
  question: string;
  row_key: string;
  col_key: string;
  base: number;
}

const KEYS = ['question', 'row_key', 'col_key', 'value'] as const;

/** The rows summed: in total or per profile group from answer_counts, per other grouping answer from answer_group_counts. */
function summedRows(db: Kysely<Database>, scope: ResultsScope) {
  if (scope.groupBy && !isProfileGroup(scope.groupBy)) {
    return db
      .selectFrom('answer_group_counts')
      .where('survey_id', '=', scope.surveyId)
      .where('campaign', '=', scope.campaign)
      .where('group_question', '=', scope.groupBy)
      .select((eb) => [eb.ref('group_value').as('grp'), ...KEYS, eb.fn.sum<number>('n').as('n')])
      .groupBy(['group_value', ...KEYS]);
  }
  const group = isProfileGroup(scope.groupBy) ? scope.groupBy : undefined;
  let query = db
    .selectFrom('answer_counts')
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign);
  if (group) query = query.where(group, '!=', '');
  const grp = group ? sql<string | null>`${sql.ref(group)}` : sql<string | null>`null`;
  return query
    .select((eb) => [grp.as('grp'), ...KEYS, eb.fn.sum<number>('n').as('n')])
    .groupBy(group ? [group, ...KEYS] : [...KEYS]);
}

/**
 * Counts and bases of a campaign from the pre-aggregated tables, in total or per group (a
 * profile code, or any other single-choice question): a sum over a few thousand rows
 * whatever the number of responses.
 */
export async function sumAnswerCounts(
  db: Kysely<Database>,
  scope: ResultsScope,
): Promise<{ counts: AnswerCount[]; bases: AnswerBase[] }> {
  const rows = await summedRows(db, scope).execute();
  const counts: AnswerCount[] = [];
  const bases: AnswerBase[] = [];
  for (const r of rows) {
    const n = Number(r.n);
    if (r.value === '') bases.push({ grp: r.grp, question: r.question, row_key: r.row_key, col_key: r.col_key, base: n });
    else counts.push({ ...r, n });
  }
  return { counts, bases };
}
