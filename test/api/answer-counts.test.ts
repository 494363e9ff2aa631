import { describe, expect, it } from 'vitest';
import { recountAnswerCounts } from '../../api/counting/recount-answer-counts.js';
import { seededRandom } from '../../api/seed/random.js';
import { ADMIN, adminJson, complete2016, postJson, putJson, testApp, testCatalog } from '../helpers/test-app.js';
import { readJson } from '../helpers/read-json.js';

type Db = Awaited<ReturnType<typeof testApp>>['db'];
const sortBy = <T,>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function countTables(db: Db) {
  const counts = await db.selectFrom('answer_counts').selectAll().where('n', '!=', 0).execute();
  const groups = await db.selectFrom('answer_group_counts').selectAll().where('n', '!=', 0).execute();
  return { counts: sortBy(counts), groups: sortBy(groups) };
}

describe('pre-aggregated counts', () => {
  it('always equal a recount of the counted responses, through creations, validations, edits, completions and reopenings', async () => {
    const { app, db } = await testApp();
    const random = seededRandom(42);
    const held: { id: string; token: string }[] = [];
    const types = ['region', 'commune', 'metropole'];
    const zones = ['nsp', 'chine', 'maroc', 'europe_amerique_sud'];
    const answers = () => ({
      ...complete2016(),
      collectivite_type: types[Math.floor(random() * 3)],
      zone_cible: zones[Math.floor(random() * 4)],
      acteurs_mobilises: { reseaux: random() < 0.5 ? 'oui' : 'non', entreprises: 'oui' },
    });
    // The same collectivity answering several times: only its latest verified complete response counts.
    const sameCollectivity = () => ({ ...answers(), collectivite: 'epci:200040715', collectivite_type: undefined, strate_population: undefined });
    const verify = async (id: string, verified: boolean) =>
      expect((await app.request(`/api/admin/responses/${id}`, adminJson({ verified }, ADMIN, 'PATCH'))).status).toBe(200);
    for (let i = 0; i < 30; i++) {
      const body = { answers: random() < 0.2 ? sameCollectivity() : answers(), status: random() < 0.7 ? 'complete' : 'partial' };
      const created = await readJson<{ id: string; token: string }>(await postJson(app, '/api/surveys/arricod-2016/responses', body));
      held.push(created);
      if (random() < 0.7) await verify(created.id, true);
    }
    for (let i = 0; i < 40; i++) {
      const h = held[Math.floor(random() * held.length)]!;
      const body = random() < 0.2 ? { answers: sameCollectivity(), status: 'complete' } : { answers: answers(), status: random() < 0.6 ? 'complete' : 'partial' };
      expect((await putJson(app, `/api/responses/${h.id}`, body, h.token)).status).toBe(200);
      if (random() < 0.15) await verify(h.id, random() < 0.5);
    }
    const counted = await db.selectFrom('responses').select(['collectivite', 'counted']).where('counted', '=', 1).execute();
    expect(counted.length).toBeGreaterThan(8);
    expect(counted.filter((r) => r.collectivite === 'epci:200040715').length).toBeLessThanOrEqual(1);
    const live = await countTables(db);
    expect(live.counts.length).toBeGreaterThan(50);
    expect(new Set(live.groups.map((g) => g.group_question)).size).toBeGreaterThan(1);
    // The respondent cells count every counted response once, whatever it answered.
    const respondents = live.counts.filter((c) => c.question === '' && c.row_key === '' && c.col_key === '' && c.value === '');
    expect(respondents.reduce((sum, c) => sum + Number(c.n), 0)).toBe(counted.length);

    // What the writes kept up to date equals the counts rebuilt from the counted responses' answers.
    await db.transaction().execute((trx) => recountAnswerCounts(trx, testCatalog()));
    expect(await countTables(db)).toEqual(live);
  });
});
