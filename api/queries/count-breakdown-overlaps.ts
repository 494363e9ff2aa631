import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isProfileGroup } from '../instruments/counted-cells.js';

/** How many counted responses gave `value` to `question`, and, with another breakdown, to that one too. */
export interface BreakdownCounts {
  sizes: { question: string; value: string; n: number }[];
  /** n(groupBy = group ∧ question = value), for the other breakdowns `question`. */
  shared: { question: string; value: string; group: string; n: number }[];
}

/**
 * The counts a breakdown's groups are compared with: the size of every group of the other
 * breakdowns, and how many responses each shares with each group of this one — all read
 * from the pre-aggregated counts (profile × profile from answer_counts, the rest from
 * answer_group_counts), so the cost does not grow with the responses.
 */
export async function countBreakdownOverlaps(
  db: Kysely<Database>,
  scope: { surveyId: string; campaign: string; groupBy: string },
  others: string[],
): Promise<BreakdownCounts> {
  const { surveyId, campaign, groupBy } = scope;
  const coded = (q: ReturnType<typeof db.selectFrom<'answer_counts'>>) =>
    q.where('survey_id', '=', surveyId).where('campaign', '=', campaign).where('row_key', '=', '').where('col_key', '=', '').where('value', '!=', '');
  const sizes = await coded(db.selectFrom('answer_counts'))
    .select((eb) => ['question', 'value', eb.fn.sum<number>('n').as('n')])
    .where('question', 'in', [groupBy, ...others])
    .groupBy(['question', 'value'])
    .execute();
  const shared: BreakdownCounts['shared'] = [];
  const push = (rows: { question: string; value: string; group: string; n: number | string }[]) =>
    shared.push(...rows.map((r) => ({ ...r, n: Number(r.n) })));
  const inGroups = (q: ReturnType<typeof db.selectFrom<'answer_group_counts'>>) =>
    q.where('survey_id', '=', surveyId).where('campaign', '=', campaign).where('row_key', '=', '').where('col_key', '=', '').where('value', '!=', '');
  if (isProfileGroup(groupBy)) {
    for (const other of others.filter(isProfileGroup)) {
      const rows = await coded(db.selectFrom('answer_counts'))
        .select((eb) => [eb.val(other).as('question'), 'value', eb.ref(groupBy).as('group'), eb.fn.sum<number>('n').as('n')])
        .where('question', '=', other)
        .where(groupBy, '!=', '')
        .groupBy(['value', groupBy])
        .execute();
      push(rows);
    }
    const rows = await inGroups(db.selectFrom('answer_group_counts'))
      .select((eb) => [eb.ref('group_question').as('question'), eb.ref('group_value').as('value'), eb.ref('value').as('group'), eb.fn.sum<number>('n').as('n')])
      .where('question', '=', groupBy)
      .where('group_question', 'in', others.filter((q) => !isProfileGroup(q)).concat(['']))
      .groupBy(['group_question', 'group_value', 'value'])
      .execute();
    push(rows);
  } else {
    const rows = await inGroups(db.selectFrom('answer_group_counts'))
      .select((eb) => ['question', 'value', eb.ref('group_value').as('group'), eb.fn.sum<number>('n').as('n')])
      .where('group_question', '=', groupBy)
      .where('question', 'in', others)
      .groupBy(['question', 'value', 'group_value'])
      .execute();
    push(rows);
  }
  return { sizes: sizes.map((s) => ({ ...s, n: Number(s.n) })), shared };
}
