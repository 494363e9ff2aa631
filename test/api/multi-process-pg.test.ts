import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recountAnswerCounts } from '../../api/counting/recount-answer-counts.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { ADMIN_TOKEN, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { testCatalog, testDatabaseUrl, testRegistry } from '../helpers/test-app.js';

const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
const WRITERS_PER_PROCESS = 12;
const RESPONSES_PER_WRITER = 12;

type Sent = { status: number; id?: string; answers: Record<string, unknown> };

/** One writer: its responses one after the other, half through an invitation (they count at once), half not. */
async function writer(url: string, codes: string[], first: number): Promise<Sent[]> {
  const { collectivite: _invited, ...invitedAnswers } = completeAnnualAnswers;
  const sent: Sent[] = [];
  for (let i = 0; i < RESPONSES_PER_WRITER; i++) {
    const marker = first + i;
    const invitation = i % 2 === 0 ? codes.pop() : undefined;
    const answers = { ...(invitation ? invitedAnswers : completeAnnualAnswers), budget_aict_euros: marker, zones_cibles: marker % 3 === 0 ? ['asie'] : ['europe', 'asie'] };
    const res = await fetch(`${url}/api/surveys/enquete-annuelle/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'complete', answers, ...(invitation ? { invitation } : {}) }),
    });
    const body = (await res.json()) as { id?: string };
    sent.push({ status: res.status, id: body.id, answers });
  }
  return sent;
}

const sorted = <T,>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

// PostgreSQL only: two processes on one SQLite file is not a configuration the service offers.
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('two API processes on one PostgreSQL', () => {
  it('under concurrent submissions: no deadlock, no lost response, counts equal to a recount', { timeout: 180_000 }, async () => {
    const url = await testDatabaseUrl('');
    const { db } = createDatabase(url);
    await migrateToLatest(db);
    const servers: ServerProcess[] = [];
    try {
      servers.push(await startServerProcess({ DATABASE_URL: url }), await startServerProcess({ DATABASE_URL: url }));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      await fetch(`${a.url}/api/admin/campaigns`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ surveyId: 'enquete-annuelle', campaign: 'deux-processus' }) });
      const invited = WRITERS_PER_PROCESS * 2 * RESPONSES_PER_WRITER;
      const communes = testRegistry().all().filter((c) => c.type === 'commune').slice(0, invited).map((c) => c.key);
      const created = await fetch(`${b.url}/api/admin/campaigns/enquete-annuelle/deux-processus/invitations`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ lines: communes }) });
      const invitations = (await created.json()) as { created?: { code: string }[] };
      expect(created.status, JSON.stringify(invitations).slice(0, 300)).toBe(201);
      const codes = invitations.created!.map((x) => x.code);
      expect(codes.length).toBe(invited);

      // Both processes at once, each with its writers, every count row shared by all of them.
      const writers = [a, b].flatMap((server, s) =>
        Array.from({ length: WRITERS_PER_PROCESS }, (_, w) => writer(server.url, codes.splice(0, RESPONSES_PER_WRITER), (s * WRITERS_PER_PROCESS + w) * 1000)),
      );
      const sent = (await Promise.all(writers)).flat();
      expect(sent.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([]);
      await Promise.all(servers.splice(0).map((s) => s.stop()));

      // No lost response: each acknowledged one stored with its answers.
      const stored = await db.selectFrom('responses').select(['id', 'answers', 'counted']).where('campaign', '=', 'deux-processus').execute();
      const byId = new Map(stored.map((r) => [r.id, r]));
      const lost = sent.filter((r) => (JSON.parse(byId.get(r.id!)?.answers ?? '{}') as { budget_aict_euros?: number }).budget_aict_euros !== r.answers.budget_aict_euros);
      expect(lost).toEqual([]);
      expect(stored.length).toBe(sent.length);
      const countedIds = stored.filter((r) => r.counted === 1).length;
      expect(countedIds).toBe(sent.filter((r) => !('collectivite' in r.answers)).length);

      // Counts equal a recount of the counted responses' answers.
      const counts = async () => ({
        counts: sorted(await db.selectFrom('answer_counts').selectAll().where('n', '!=', 0).orderBy('question').execute()),
        groups: sorted(await db.selectFrom('answer_group_counts').selectAll().where('n', '!=', 0).orderBy('question').execute()),
      });
      const live = await counts();
      expect(live.counts.length).toBeGreaterThan(20);
      const base = await db.selectFrom('answer_counts').select(sql<number>`sum(n)`.as('n')).where('question', '=', 'budget_aict_euros').where('value', '=', '').executeTakeFirstOrThrow();
      expect(Number(base.n)).toBe(countedIds);
      await db.transaction().execute((trx) => recountAnswerCounts(trx, testCatalog()));
      expect(await counts()).toEqual(live);

      // And PostgreSQL saw no deadlock (the processes' statistics are flushed as they disconnect).
      await sql`select pg_stat_clear_snapshot()`.execute(db);
      const stats = await sql<{ deadlocks: string }>`select deadlocks from pg_stat_database where datname = current_database()`.execute(db);
      expect(Number(stats.rows[0]!.deadlocks)).toBe(0);
    } finally {
      await Promise.all(servers.map((s) => s.kill()));
      await db.destroy();
    }
  });
});
