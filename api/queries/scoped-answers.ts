import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isProfileGroup } from '../instruments/counted-cells.js';

export interface ResultsScope {
  surveyId: string;
  campaign: string;
  /** A single-choice question whose answer splits the responses into groups. */
  groupBy?: string;
}

/**
 * The answer rows of a scope's complete responses (alias `a`), joined when grouped to the
 * row holding each response's answer to the grouping question (alias `g`), and the SQL
 * expression of the group (`null` when not grouped). Shared by the results queries.
 */
export function scopedAnswers(db: Kysely<Database>, scope: ResultsScope) {
  const base = db
    .selectFrom('answer_values as a')
    .where('a.survey_id', '=', scope.surveyId)
    .where('a.campaign', '=', scope.campaign)
    .where('a.status', '=', 'complete');
  if (!scope.groupBy) return { query: base, grp: sql<string | null>`null`, grouped: false };
  // The profile is repeated on every answer row: no join needed to group by it.
  if (isProfileGroup(scope.groupBy)) {
    const column = scope.groupBy;
    return { query: base.where(`a.${column}`, 'is not', null), grp: sql<string | null>`${sql.ref(`a.${column}`)}`, grouped: true };
  }
  // Driven from the grouping rows (one per response, read through the question index), each
  // response's answer rows then read together through the response index: rows of a
  // response are stored side by side. The other order — every answer row of the campaign,
  // each followed by a lookup of its response's group — repeats that lookup for every one
  // of a response's rows (about 52 for the annual survey). SQLite keeps the written order
  // of a CROSS JOIN, which is why it is written so; PostgreSQL plans it as the inner join
  // it is.
  const query = db
    .selectFrom('answer_values as g')
    .crossJoin('answer_values as a')
    .whereRef('a.response_id', '=', 'g.response_id')
    .where('g.survey_id', '=', scope.surveyId)
    .where('g.campaign', '=', scope.campaign)
    .where('g.status', '=', 'complete')
    .where('g.question', '=', scope.groupBy)
    .where('g.row_key', '=', '')
    .where('g.col_key', '=', '')
    .where('a.survey_id', '=', scope.surveyId)
    .where('a.campaign', '=', scope.campaign)
    .where('a.status', '=', 'complete');
  return { query: query as unknown as typeof base, grp: sql<string | null>`g.value`, grouped: true };
}
