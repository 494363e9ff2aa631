import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isCountedQuestion, isGroupingQuestion } from '../instruments/counted-cells.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';
import { countAnswerBases } from './count-answer-bases.js';
import { countAnswers } from './count-answers.js';

const ROWS_PER_STATEMENT = 3000;

/**
 * Fills answer_group_counts from the stored answer rows of every complete response, for
 * every grouping question of each instrument: what the writes keep up to date from then on.
 * Run once, by the migration that creates the table, over a database that already holds
 * responses; the recount is the same join the results used to do on each request.
 */
export async function backfillGroupCounts(db: Kysely<Database>, specs: Map<string, InstrumentSpec>): Promise<number> {
  const campaigns = await db.selectFrom('responses').select(['survey_id', 'campaign']).distinct().where('status', '=', 'complete').execute();
  let written = 0;
  for (const { survey_id: surveyId, campaign } of campaigns) {
    const spec = specs.get(surveyId);
    if (!spec) continue;
    for (const groupBy of spec.questions.keys()) {
      if (!isGroupingQuestion(spec, groupBy)) continue;
      const scope = { surveyId, campaign, groupBy };
      const counted = (r: { question: string; grp: string | null }) => r.grp !== null && isCountedQuestion(spec, r.question);
      const rows = [
        ...(await countAnswers(db, scope)).filter(counted),
        ...(await countAnswerBases(db, scope)).filter(counted).map((r) => ({ ...r, value: '', n: r.base })),
      ].map((r) => ({
        survey_id: surveyId,
        campaign,
        group_question: groupBy,
        group_value: r.grp!,
        question: r.question,
        row_key: r.row_key,
        col_key: r.col_key,
        value: r.value,
        n: r.n,
      }));
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        await db.insertInto('answer_group_counts').values(rows.slice(start, start + ROWS_PER_STATEMENT)).execute();
      }
      written += rows.length;
    }
  }
  return written;
}
