import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AnswerBase } from './count-answer-bases.js';
import type { AnswerCount } from './count-answers.js';

/** The profile codes the pre-aggregated counts are broken down by. */
export const PROFILE_GROUPS = ['collectivite_type', 'strate_population'] as const;
export type ProfileGroup = (typeof PROFILE_GROUPS)[number];

export function isProfileGroup(code: string | undefined): code is ProfileGroup {
  return (PROFILE_GROUPS as readonly string[]).includes(code ?? '');
}

/**
 * Counts and bases of a campaign from the pre-aggregated table, in total or per profile
 * group: a sum over a few thousand rows whatever the number of responses.
 */
export async function sumAnswerCounts(
  db: Kysely<Database>,
  scope: { surveyId: string; campaign: string; groupBy?: ProfileGroup },
): Promise<{ counts: AnswerCount[]; bases: AnswerBase[] }> {
  const keys = ['question', 'row_key', 'col_key', 'value'] as const;
  let query = db
    .selectFrom('answer_counts')
    .where('survey_id', '=', scope.surveyId)
    .where('campaign', '=', scope.campaign);
  if (scope.groupBy) query = query.where(scope.groupBy, '!=', '');
  const grp = scope.groupBy ? sql<string | null>`${sql.ref(scope.groupBy)}` : sql<string | null>`null`;
  const rows = await query
    .select((eb) => [grp.as('grp'), ...keys, eb.fn.sum<number>('n').as('n')])
    .groupBy(scope.groupBy ? [scope.groupBy, ...keys] : [...keys])
    .execute();
  const counts: AnswerCount[] = [];
  const bases: AnswerBase[] = [];
  for (const r of rows) {
    const n = Number(r.n);
    if (r.value === '') bases.push({ grp: r.grp, question: r.question, row_key: r.row_key, col_key: r.col_key, base: n });
    else counts.push({ ...r, n });
  }
  return { counts, bases };
}
