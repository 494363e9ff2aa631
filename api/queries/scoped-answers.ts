import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isProfileGroup } from './sum-answer-counts.js';

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
  const query = base.innerJoin('answer_values as g', (join) =>
    join
      .onRef('g.response_id', '=', 'a.response_id')
      .on('g.question', '=', scope.groupBy!)
      .on('g.row_key', '=', '')
      .on('g.col_key', '=', ''),
  );
  return { query: query as unknown as typeof base, grp: sql<string | null>`g.value`, grouped: true };
}
