import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../db/schema.js';

export type LastMail = Pick<Selectable<OutboxTable>, 'kind' | 'status' | 'created_at' | 'sent_at' | 'last_attempt_at' | 'last_error' | 'attempts'>;

/** The latest message of each invited collectivity of a campaign, by collectivity. */
export async function listLastMails(db: Kysely<Database>, surveyId: string, campaign: string): Promise<Map<string, LastMail>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['collectivite', 'kind', 'status', 'created_at', 'sent_at', 'last_attempt_at', 'last_error', 'attempts'])
    .where('survey_id', '=', surveyId)
    .where('campaign', '=', campaign)
    .orderBy('seq')
    .execute();
  const last = new Map<string, LastMail>();
  for (const { collectivite, ...mail } of rows) last.set(collectivite, mail);
  return last;
}
