import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { complete2016, postJson, testApp, testCatalog } from '../helpers/test-app.js';
import { errorOf } from '../helpers/read-json.js';

type SchemaDocument = { $schema: string; $defs: { answers: { properties: Record<string, unknown> }; complete: { required: string[] } } };

describe('GET /api/surveys/:id/schema', () => {
  it('serves each instrument’s JSON Schema (draft 2020-12), one property per question, compiled by ajv as it is', async () => {
    const { app } = await testApp();
    for (const instrument of testCatalog().values()) {
      const res = await app.request(`/api/surveys/${instrument.id}/schema`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
      const doc = (await res.json()) as SchemaDocument;
      expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.keys(doc.$defs.answers.properties)).toEqual([...instrument.spec.questions.keys()]);
      expect(() => new Ajv2020({ strict: false }).compile(doc)).not.toThrow();
    }
    expect((await errorOf(await app.request('/api/surveys/sondage-2099/schema'))).code).toBe('questionnaire_inconnu');
  });

  it('accepts the bodies the API stores and refuses those it refuses (outside conditions and the registry)', async () => {
    const { app } = await testApp();
    const doc = await (await app.request('/api/surveys/enquete-annuelle/schema')).json();
    const valid = new Ajv2020({ strict: false, allErrors: true }).compile(doc);
    const { collectivite: _registry, ...profileTyped } = { ...completeAnnualAnswers, collectivite_type: 'metropole', strate_population: 'plus_1m' };
    const bodies = [
      { status: 'complete', answers: profileTyped },
      { status: 'partial', answers: { budget_aict_euros: 1200 } },
      { status: 'complete', answers: { budget_aict_euros: 1200 } },
      { status: 'partial', answers: { budget_aict_euros: -3 } },
      { status: 'partial', answers: { partenariats_actifs: 2.5 } },
      { status: 'partial', answers: { zones_cibles: ['asie', 'asie'] } },
      { status: 'partial', answers: { typologie_actions: { branding: 'peut-etre' } } },
      { status: 'complete', answers: { ...profileTyped, actions_realisees: { promotion_internationale: 4 } } },
      { status: 'partial', answers: { question_inconnue: 1 } },
      { status: 'partial', answers: { evaluation_impact: 3 } },
      { status: 'termine', answers: {} },
    ];
    const verdicts = [];
    for (const body of bodies) {
      const res = await postJson(app, '/api/surveys/enquete-annuelle/responses', body);
      verdicts.push({ body, schema: valid(body), api: res.status === 201 });
    }
    expect(verdicts.filter((v) => v.schema !== v.api)).toEqual([]);
    expect(verdicts.filter((v) => v.api).length).toBe(2);
  });

  it('marks the conditional questions, which the service checks beside the schema', async () => {
    const { app } = await testApp();
    const doc = (await (await app.request('/api/surveys/arricod-2014/schema')).json()) as SchemaDocument;
    const conditional = Object.entries(doc.$defs.answers.properties).filter(([, p]) => typeof (p as { $comment?: string }).$comment === 'string');
    expect(conditional.length).toBeGreaterThan(2);
    expect(conditional.map(([, p]) => (p as { $comment: string }).$comment).join(' ')).toMatch(/posée si \{projets_cooperation_eco\} = 'oui'/);
    // A complete response of the 2016 survey requires the questions it always requires.
    const doc2016 = (await (await app.request('/api/surveys/arricod-2016/schema')).json()) as SchemaDocument;
    expect(doc2016.$defs.complete.required.length).toBeGreaterThan(0);
    expect(Object.keys(complete2016())).toEqual(expect.arrayContaining(doc2016.$defs.complete.required));
  });
});
