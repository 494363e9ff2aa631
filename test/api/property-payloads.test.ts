import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import type { QuestionSpec } from '../../api/instruments/kinds/index.js';
import { postJson, testApp } from '../helpers/test-app.js';

/*
 * Hostile input, property-based (issue 7): for every instrument, answer sets generated from
 * the instrument's own rules — valid ones, and valid ones with one thing broken — and
 * arbitrary JSON bodies. Fixed seed and run counts, so a failure replays exactly.
 */
const SEED = 20261122;
const RUNS = 40;
const instruments = [...compileCatalog(loadInstruments()).values()];

/** A valid answer to one question, from its spec. */
function validAnswer(spec: QuestionSpec): fc.Arbitrary<unknown> | null {
  switch (spec.kind) {
    case 'choice':
    case 'boolean':
    case 'rating':
      return fc.constantFrom(...spec.values);
    case 'multi':
      return fc.subarray(spec.values, { minLength: 1 });
    case 'matrix':
      return fc.dictionary(fc.constantFrom(...spec.rows), fc.constantFrom(...spec.values), { minKeys: 1 });
    case 'matrixdropdown':
      return fc.dictionary(
        fc.constantFrom(...spec.rows),
        fc.record(Object.fromEntries(spec.columns.map((c) => [c.name, fc.constantFrom(...c.values)])), { requiredKeys: [] }).filter((o) => Object.keys(o).length > 0),
        { minKeys: 1 },
      );
    case 'number': {
      const min = spec.min ?? -1e9;
      const max = spec.max ?? 1e9;
      return spec.integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
    }
    case 'text':
      // Markup and odd characters are answers like any other: stored as typed, never interpreted.
      return fc.oneof(fc.string({ maxLength: 80 }), fc.constant('<img src=x onerror=alert(1)> & "guillemets" </textarea>'), fc.string({ unit: 'grapheme', maxLength: 40 }));
    case 'external':
      return null; // the registry is tested on its own (collectivites.test.ts)
  }
}

/** Questions that can be answered on their own: no condition on other answers. */
function freeQuestions(specs: Iterable<QuestionSpec>) {
  return [...specs].filter((s) => !s.visibleIf && validAnswer(s) !== null);
}

function validAnswers(specs: QuestionSpec[]) {
  return fc.record(Object.fromEntries(specs.map((s) => [s.name, validAnswer(s)!])), { requiredKeys: [] });
}

/** One way of breaking one answer, and the problem code it must give. */
type Broken = { value: unknown; codes: string[] };
const one = (value: unknown, codes: string[]): fc.Arbitrary<Broken> => fc.constant({ value, codes });

function broken(spec: QuestionSpec): fc.Arbitrary<Broken> {
  const wrongType = fc.constantFrom<unknown>(true, null, { a: 1 }, [[1]], 12.5, 'x').map((value) => ({ value, codes: ['type_invalide', 'choix_invalide', 'note_hors_echelle', 'nombre_entier_attendu', 'ligne_inconnue'] }));
  switch (spec.kind) {
    case 'choice':
    case 'boolean':
    case 'multi':
      return fc.oneof(wrongType, one(spec.kind === 'multi' ? ['__inconnu__'] : '__inconnu__', ['choix_invalide', 'type_invalide']));
    case 'matrix':
    case 'matrixdropdown':
      return fc.oneof(wrongType, one({ __ligne_inconnue__: spec.kind === 'matrix' ? spec.values[0] : {} }, ['ligne_inconnue']));
    case 'number':
      return fc.oneof(wrongType, one(spec.max !== null ? spec.max + 1 : 'beaucoup', ['nombre_hors_limites', 'type_invalide']));
    case 'text':
      return fc.oneof(one('x'.repeat(spec.maxLength + 1), ['texte_trop_long']), one(42, ['type_invalide']));
    default:
      return wrongType;
  }
}

async function storedRows(db: Awaited<ReturnType<typeof testApp>>['db']) {
  const [r, c] = await Promise.all([
    db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('answer_counts').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.val(0)).as('n')).executeTakeFirstOrThrow(),
  ]);
  return [Number(r.n), Number(c.n)];
}

describe.each(instruments.map((i) => [i.id, i] as const))('property-based payloads: %s', (id, instrument) => {
  const free = freeQuestions(instrument.spec.questions.values());

  it(`stores every valid partial answer set as sent (${RUNS} runs, seed ${SEED})`, async () => {
    const { app, db } = await testApp();
    await fc.assert(
      fc.asyncProperty(validAnswers(free), async (answers) => {
        const before = await storedRows(db);
        const res = await postJson(app, `/api/surveys/${id}/responses`, { answers, status: 'partial' });
        expect(res.status, await res.clone().text()).toBe(201);
        const { id: rid, token } = (await res.json()) as { id: string; token: string };
        const back = (await (await app.request(`/api/responses/${rid}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { answers: unknown };
        expect(back.answers).toEqual(answers);
        expect((await storedRows(db))[0]).toBe(before[0]! + 1);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`refuses a broken answer with 422 naming the question, and stores nothing (${RUNS} runs, seed ${SEED})`, async () => {
    const { app, db } = await testApp();
    const target = fc.constantFrom(...free);
    const unknownQuestion = fc.string({ minLength: 1, maxLength: 20 }).filter((n) => !instrument.spec.questions.has(n) && !['__proto__', 'constructor'].includes(n));
    const mutation = fc.oneof(
      target.chain((spec) => broken(spec).map((b) => ({ name: spec.name, ...b }))),
      unknownQuestion.map((name) => ({ name, value: 'x' as unknown, codes: ['question_inconnue'] })),
    );
    await fc.assert(
      fc.asyncProperty(validAnswers(free), mutation, fc.constantFrom('partial', 'complete'), async (answers, m, status) => {
        const before = await storedRows(db);
        const res = await postJson(app, `/api/surveys/${id}/responses`, { answers: { ...answers, [m.name]: m.value }, status });
        expect(res.status).toBe(422);
        const body = (await res.json()) as { error: { code: string; message: string; details: { question: string; code: string }[] } };
        expect(body.error.code).toBe('reponses_invalides');
        expect(body.error.message).toMatch(/réponse/);
        const problem = body.error.details.find((d) => d.question === m.name);
        expect(problem, JSON.stringify(body.error.details)).toBeDefined();
        expect(m.codes).toContain(problem!.code);
        expect(await storedRows(db)).toEqual(before);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`never answers 5xx to arbitrary JSON bodies, and stores nothing (${RUNS} runs, seed ${SEED})`, async () => {
    const { app, db } = await testApp();
    const before = await storedRows(db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ answers: fc.jsonValue(), status: fc.jsonValue() })), async (body) => {
        const res = await postJson(app, `/api/surveys/${id}/responses`, JSON.stringify(body));
        expect([400, 413, 415, 422]).toContain(res.status);
        const error = ((await res.json()) as { error: { code: string; message: string } }).error;
        expect(error.code).toMatch(/^[a-z_]+$/);
        expect(error.message.length).toBeGreaterThan(10);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(await storedRows(db)).toEqual(before);
  });
});
