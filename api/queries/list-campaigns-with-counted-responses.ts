import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The campaigns of a survey that hold counted responses (complete and verified), with how many, and their label
 * and publication when a record was saved (listCampaignRecords lists the records
 * themselves, responses or not).
 */
export async function listCampaignsWithCountedResponses(db: Kysely<Database>, surveyId: string) {
  const rows = await db
    .selectFrom('responses as r')
    .leftJoin('campaigns as c', (join) => join.onRef('c.survey_id', '=', 'r.survey_id').onRef('c.campaign', '=', 'r.campaign'))
    .select((eb) => ['r.campaign', 'c.label', 'c.nature', 'c.note', 'c.published_at', eb.fn.countAll<number>().as('n')])
    .where('r.survey_id', '=', surveyId)
    .where('r.counted', '=', 1)
    .groupBy(['r.campaign', 'c.label', 'c.nature', 'c.note', 'c.published_at'])
    .orderBy('r.campaign')
    .execute();
  return rows.map((r) => ({
    campaign: r.campaign,
    label: r.label ?? r.campaign,
    nature: r.nature ?? 'reelle',
    note: r.note,
    published: Boolean(r.published_at),
    n: Number(r.n),
  }));
}
