import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../api/db/migrate.js';
import type { SchemaAgnosticDb } from '../../api/db/schema-agnostic.js';
import { countAnswerBases } from '../../api/queries/count-answer-bases.js';
import { countAnswers } from '../../api/queries/count-answers.js';
import { sumAnswerCounts } from '../../api/queries/sum-answer-counts.js';
import { seededRandom } from '../../api/seed/random.js';
import { complete2016, postJson, putJson, testApp } from '../helpers/test-app.js';

const sortBy = <T,>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('pre-aggregated counts', () => {
  it('always equal a count of the answer rows, through creations, edits, completions and reopenings', async () => {
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
    for (let i = 0; i < 30; i++) {
      const res = await postJson(app, '/api/surveys/arricod-2016/responses', { answers: answers(), status: random() < 0.7 ? 'complete' : 'partial' });
      held.push((await res.json()) as { id: string; token: string });
    }
    for (let i = 0; i < 40; i++) {
      const h = held[Math.floor(random() * held.length)]!;
      const body = random() < 0.2
        ? { answers: { ...answers(), collectivite: 'epci:200040715', collectivite_type: undefined, strate_population: undefined }, status: 'complete' }
        : { answers: answers(), status: random() < 0.6 ? 'complete' : 'partial' };
      expect((await putJson(app, `/api/responses/${h.id}`, body, h.token)).status).toBe(200);
    }
    const scopes = [
      { surveyId: 'arricod-2016', campaign: '2016' },
      { surveyId: 'arricod-2016', campaign: '2016', groupBy: 'collectivite_type' as const },
      { surveyId: 'arricod-2016', campaign: '2016', groupBy: 'strate_population' as const },
      // Not a profile code: split in answer_group_counts.
      { surveyId: 'arricod-2016', campaign: '2016', groupBy: 'zone_cible' },
      { surveyId: 'arricod-2016', campaign: '2016', groupBy: 'orientation_partenaires' },
    ];
    for (const scope of scopes) {
      const fromCounts = await sumAnswerCounts(db, scope);
      // Free texts and the collectivity are kept out of the counts: they are never published.
      const published = (c: { question: string }) => !['zone_cible_autre', 'collectivite'].includes(c.question);
      const counts = (await countAnswers(db, scope)).filter(published);
      const bases = (await countAnswerBases(db, scope)).filter(published);
      expect(sortBy(fromCounts.counts.filter((c) => c.n > 0))).toEqual(sortBy(counts));
      expect(sortBy(fromCounts.bases.filter((b) => b.base > 0))).toEqual(sortBy(bases));
    }
    expect((await sumAnswerCounts(db, scopes[0]!)).counts.length).toBeGreaterThan(10);
    const byZone = await sumAnswerCounts(db, scopes[3]!);
    expect(new Set(byZone.counts.filter((c) => c.n > 0).map((c) => c.grp)).size).toBeGreaterThan(1);

    // A database written before the table existed: the migration that creates it recounts the same rows.
    const kept = await db.selectFrom('answer_group_counts').selectAll().where('n', '!=', 0).execute();
    expect(kept.length).toBeGreaterThan(100);
    await db.schema.dropTable('answer_group_counts').execute();
    await (db as SchemaAgnosticDb).deleteFrom('kysely_migration').where('name', '=', '2026-11-23T0910-answer-group-counts').execute();
    await migrateToLatest(db);
    expect(sortBy(await db.selectFrom('answer_group_counts').selectAll().execute())).toEqual(sortBy(kept));
  });
});
