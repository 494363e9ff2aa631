import { describe, expect, it } from 'vitest';
import type { LoadedInstrument } from '../../api/instruments/catalog.js';
import { exportCampaign } from '../../api/exports/export-campaign.js';
import { exportColumns } from '../../api/exports/columns.js';
import { cellsToAnswers } from '../../api/imports/cells-to-answers.js';
import { parseCsv } from '../../api/imports/parse-csv.js';
import { compileInstrument } from '../../api/instruments/compile-instrument.js';
import { countedCells, RESPONDENT_CELL } from '../../api/instruments/counted-cells.js';
import { flattenAnswers } from '../../api/instruments/flatten-answers.js';
import { KINDS } from '../../api/instruments/kinds/index.js';
import type { QuestionKind, SpecBase } from '../../api/instruments/kinds/question-kind.js';
import { validateAnswers } from '../../api/instruments/validate-answers.js';
import { computeResults } from '../../api/results/compute-results.js';
import { createResponse } from '../../api/responses/create-response.js';
import { createApp } from '../../api/app.js';
import { postVerified } from '../helpers/verified.js';
import { ADMIN, ADMIN_HASH, adminJson, fixedClock, postJson, testDatabase, testRegistry } from '../helpers/test-app.js';

/*
 * A question kind is one file and one line in the kinds table: here a toy kind, a traffic
 * light, added to the table in this test alone, goes through every stage a question goes
 * through — compiled, validated (its JSON Schema, served with the instrument's), stored,
 * counted, published, exported, read back.
 */
interface TrafficLightSpec extends SpecBase {
  kind: 'feu';
  colours: string[];
}

const trafficLight: QuestionKind<TrafficLightSpec, { kind: 'feu'; base: number; counts: Record<string, number> }> = {
  describe: 'feu tricolore',
  counted: true,
  singleChoice: false,
  reads: (e) => e.type === 'feu',
  compile: (_e, base) => ({ ...base, kind: 'feu', colours: ['vert', 'orange', 'rouge'] }),
  // What an answer may be, in JSON Schema; the compiled validator's errors, in the kind's French.
  schema: (spec) => ({ type: 'string', enum: spec.colours }),
  problem: (spec, _errors, value) => ({ question: spec.name, code: 'couleur_inconnue', message: `Un feu est vert, orange ou rouge, pas « ${String(value)} ».` }),
  cells: (spec, value) => [{ question: spec.name, row_key: '', col_key: '', value: String(value), num: null }],
  result: (spec, slice) => ({ kind: 'feu', base: slice.base(spec.name), counts: slice.counts(spec.name) }),
  columns: (spec) => [
    {
      code: spec.name,
      label: spec.title,
      question: spec.name,
      describe: 'feu tricolore',
      values: spec.colours,
      cellOf: (answers) => (typeof answers[spec.name] === 'string' ? (answers[spec.name] as string).toUpperCase() : null),
      readInto: (answers, cell) => {
        answers[spec.name] = String(cell).toLowerCase();
      },
    },
  ],
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: new Map(spec.colours.map((c) => [c, c])), rows: new Map(), columns: new Map() }),
};

const json = {
  title: 'Instrument jouet',
  pages: [
    {
      elements: [
        { type: 'radiogroup', name: 'collectivite_type', choices: ['region', 'commune'] },
        { type: 'feu', name: 'meteo', title: 'Météo du partenariat' },
      ],
    },
  ],
};

const instrument: LoadedInstrument = {
  id: 'jouet',
  title: 'Instrument jouet',
  year: null,
  kind: 'enquete',
  audience: 'Les tests',
  features: { campaigns: 'annuelle' },
  json,
  spec: compileInstrument('jouet', json, { ...KINDS, feu: trafficLight }),
};

describe('a toy question kind added through the kinds table alone', () => {
  it('is compiled and validated by its kind', () => {
    expect(instrument.spec.questions.get('meteo')).toMatchObject({ kind: 'feu', title: 'Météo du partenariat', colours: ['vert', 'orange', 'rouge'] });
    expect(validateAnswers(instrument.spec, { meteo: 'vert' }, 'complete')).toEqual([]);
    expect(validateAnswers(instrument.spec, { meteo: 'bleu' }, 'complete').map((p) => [p.question, p.code])).toEqual([['meteo', 'couleur_inconnue']]);
    expect(countedCells(instrument.spec, flattenAnswers(instrument.spec, { meteo: 'rouge' }))).toEqual([
      RESPONDENT_CELL,
      { question: 'meteo', row_key: '', col_key: '', value: 'rouge', num: null },
    ]);
  });

  it('is stored, counted, published in the results document, exported and read back', async () => {
    const db = await testDatabase();
    const deps = { db, registry: testRegistry(), clock: fixedClock, catalog: new Map([['jouet', instrument]]) };
    const colours = ['vert', 'vert', 'rouge', 'orange', 'vert', 'rouge'];
    for (const meteo of colours) await createResponse(deps, instrument, { collectivite_type: 'region', meteo }, 'complete', { campaign: 'essai', verified: true });

    const doc = await computeResults(db, instrument.spec, { surveyId: 'jouet', campaign: 'essai', groupBy: 'collectivite_type' }, 5);
    expect(doc.questions.meteo).toEqual({ kind: 'feu', base: 6, counts: { vert: 3, rouge: 2, orange: 1 } });
    expect(doc.groups?.region?.questions?.meteo).toEqual({ kind: 'feu', base: 6, counts: { vert: 3, rouge: 2, orange: 1 } });

    const csv = await exportCampaign(db, instrument, 'essai', 'csv', true);
    const rows = parseCsv(String(csv.body));
    const column = rows[0]!.indexOf('meteo');
    expect(rows[1]![column]).toBe('Météo du partenariat');
    expect(rows.slice(2).map((r) => r[column]).sort()).toEqual(colours.map((c) => c.toUpperCase()).sort());

    const columns = exportColumns(instrument.spec);
    const back = rows.slice(2).map((r) => cellsToAnswers(columns, r).answers.meteo);
    expect(back.sort()).toEqual([...colours].sort());
  });

  it('goes through the HTTP API like any other question: answered, published, exported', async () => {
    const db = await testDatabase();
    const app = createApp({ db, registry: testRegistry(), clock: fixedClock, adminTokenHash: ADMIN_HASH, catalog: new Map([['jouet', instrument]]) });
    expect((await app.request('/api/admin/campaigns', adminJson({ surveyId: 'jouet', campaign: 'printemps' }))).status).toBe(201);
    for (const meteo of ['orange', 'orange', 'vert', 'rouge', 'orange']) await postVerified(app, 'jouet', { collectivite_type: 'commune', meteo });
    const refused = await postJson(app, '/api/surveys/jouet/responses', { answers: { meteo: 'violet' }, status: 'complete' });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { details: { code: string }[] } }).error.details.map((d) => d.code)).toEqual(['couleur_inconnue']);
    // Its piece of the instrument's JSON Schema is served to integrators.
    const schema = (await (await app.request('/api/surveys/jouet/schema')).json()) as { $defs: { answers: { properties: Record<string, unknown> } } };
    expect(schema.$defs.answers.properties.meteo).toEqual({ title: 'Météo du partenariat', type: 'string', enum: ['vert', 'orange', 'rouge'] });

    const results = await app.request('/api/surveys/jouet/results?campaign=printemps', { headers: ADMIN });
    expect(((await results.json()) as { questions: Record<string, unknown> }).questions.meteo).toEqual({ kind: 'feu', base: 5, counts: { orange: 3, vert: 1, rouge: 1 } });
    const exported = await app.request('/api/admin/campaigns/jouet/printemps/export?format=csv', { headers: ADMIN });
    const rows = parseCsv(await exported.text());
    expect(rows.slice(1).map((r) => r[rows[0]!.indexOf('meteo')]).sort()).toEqual(['ORANGE', 'ORANGE', 'ORANGE', 'ROUGE', 'VERT']);
  });
});
