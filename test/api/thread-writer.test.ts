import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { createCampaign } from '../../api/campaigns/create-campaign.js';
import { recountAnswerCounts } from '../../api/counting/recount-answer-counts.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { DomainError } from '../../api/domain/domain-error.js';
import { importRecords } from '../../api/imports/import-records.js';
import { importResponses } from '../../api/imports/import-responses.js';
import { createResponse } from '../../api/responses/create-response.js';
import { directWriter } from '../../api/responses/response-writer.js';
import { threadWriter } from '../../api/responses/thread-writer.js';
import { demoAnswers } from '../../api/seed/demo-campaign.js';
import { seededRandom } from '../../api/seed/random.js';
import { hashToken } from '../../api/security/tokens.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import type { InvitationsAnswer, StoredResponse } from '../helpers/api-types.js';
import { readJson } from '../helpers/read-json.js';
import { ADMIN_HASH, adminJson, fixedClock, postJson, testCatalog, testRegistry } from '../helpers/test-app.js';

type Writer = ReturnType<typeof threadWriter>;

const dirs: string[] = [];
const writers: Writer[] = [];

/** A migrated SQLite file, its connection on this thread, and a writer thread on the same file. */
async function fileWithWriter() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-writer-'));
  dirs.push(dir);
  const file = path.join(dir, 'aict.db');
  const { db } = createDatabase(file);
  await migrateToLatest(db);
  const writer = threadWriter(file);
  writers.push(writer);
  const deps = { db, registry: testRegistry(), clock: fixedClock, catalog: testCatalog(), writer };
  return { file, db, writer, deps, app: createApp({ ...deps, adminTokenHash: ADMIN_HASH }) };
}

afterEach(async () => {
  for (const writer of writers.splice(0)) await writer.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

type Db = Awaited<ReturnType<typeof fileWithWriter>>['db'];
const sortBy = <T,>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
async function countTables(db: Db) {
  const counts = await db.selectFrom('answer_counts').selectAll().where('n', '!=', 0).execute();
  const groups = await db.selectFrom('answer_group_counts').selectAll().where('n', '!=', 0).execute();
  return { counts: sortBy(counts), groups: sortBy(groups) };
}

async function inviteCommunes(app: Awaited<ReturnType<typeof fileWithWriter>>['app'], n: number): Promise<string[]> {
  expect((await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }))).status).toBe(201);
  const communes = testRegistry().all().filter((c) => c.type === 'commune').slice(0, n).map((c) => c.key);
  const invited = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', adminJson({ lines: communes })));
  return invited.created.map((i) => i.code);
}

const { collectivite: _anyone, ...invitedAnswers } = completeAnnualAnswers;

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the writer thread of a SQLite file', () => {
  it('stores the submissions that this thread’s connection then reads, grouping those that arrive together', async () => {
    const { app, db, writer } = await fileWithWriter();
    const codes = await inviteCommunes(app, 40);
    const results = await Promise.all(
      codes.map((code, i) => postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { ...invitedAnswers, budget_aict_euros: 1000 * (i + 1) }, status: 'complete', invitation: code })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    // Fewer transactions than responses: the thread grouped them.
    expect(writer.commits).toBeGreaterThan(0);
    expect(writer.commits).toBeLessThan(40);
    for (const [i, r] of results.entries()) {
      const { id, token } = (await r.json()) as { id: string; token: string };
      const back = await readJson<StoredResponse>(await app.request(`/api/responses/${id}`, { headers: { authorization: `Bearer ${token}` } }));
      expect(back.answers.budget_aict_euros).toBe(1000 * (i + 1));
    }
    const live = await countTables(db);
    const respondents = live.counts.filter((c) => c.question === '' && c.value === '');
    expect(respondents.reduce((sum, c) => sum + Number(c.n), 0)).toBe(40);
    await db.transaction().execute((trx) => recountAnswerCounts(trx, testCatalog()));
    expect(await countTables(db)).toEqual(live);
    await db.destroy();
  });

  it('answers an invitation used twice with one success and the same 409 in French, and any other failure as a plain error', async () => {
    const { app, db, writer, deps } = await fileWithWriter();
    const [code] = await inviteCommunes(app, 1);
    const body = { answers: invitedAnswers, status: 'complete', invitation: code };
    // Both pass this thread's check (unused yet): the writer thread's binding decides.
    const results = await Promise.all([postJson(app, '/api/surveys/enquete-annuelle/responses', body), postJson(app, '/api/surveys/enquete-annuelle/responses', body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = await readJson<{ error: { code: string; message: string } }>(results.find((r) => r.status === 409)!);
    expect(refused.error.code).toBe('invitation_deja_utilisee');
    expect(refused.error.message).toMatch(/déjà servi à répondre\u202f:/);
    expect(Number((await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(1);

    // Straight from the writer: the DomainError keeps its class and fields across the threads.
    const stored = await db.selectFrom('responses').selectAll().executeTakeFirstOrThrow();
    const row = { ...stored, id: 'autre-reponse-0000000000000000', token_hash: hashToken('un autre jeton') };
    const again = await writer.write({ row, counted: [], invitationCodeHash: hashToken(code!) }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DomainError);
    expect(again).toMatchObject({ failure: 'conflit', code: 'invitation_deja_utilisee' });
    // A constraint (the same id twice) is no refusal of the domain: a plain Error, with SQLite's words.
    const duplicate = await writer.writeBatch([{ row: stored, counted: [] }]).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(Error);
    expect(duplicate).not.toBeInstanceOf(DomainError);
    expect((duplicate as Error).message).toMatch(/UNIQUE/);
    // And the thread goes on writing after both.
    const created = await createResponse(deps, deps.catalog.get('enquete-annuelle')!, completeAnnualAnswers, 'complete', { campaign: '2027', verified: false });
    expect(await db.selectFrom('responses').select('id').where('id', '=', created.id).executeTakeFirst()).toEqual({ id: created.id });
    await db.destroy();
  });

  it('finishes the writes already asked for before it closes, and refuses those that come after', async () => {
    const { file, db, writer, deps } = await fileWithWriter();
    await createCampaign(db, deps.catalog.get('enquete-annuelle')!, { campaign: '2027' }, new Date());
    const instrument = deps.catalog.get('enquete-annuelle')!;
    // createResponse hands its row to the writer before its first await: all 30 are asked for before the close.
    const pending = Array.from({ length: 30 }, (_, i) => createResponse(deps, instrument, { ...completeAnnualAnswers, budget_aict_euros: i }, 'complete', { campaign: '2027', verified: false }));
    await writer.close();
    const settled = await Promise.allSettled(pending);
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(30);
    await expect(createResponse(deps, instrument, completeAnnualAnswers, 'complete', { campaign: '2027', verified: false })).rejects.toThrow(/fermé/);
    await db.destroy();
    const check = new SQLite(file, { readonly: true });
    expect(check.prepare("select count(*) as n from responses where campaign = '2027'").get()).toEqual({ n: 30 });
    check.close();
  });

  it('a thread that dies fails the writes it was given, never one it acknowledged, and another takes its place', async () => {
    const { file, db, writer, deps } = await fileWithWriter();
    const instrument = deps.catalog.get('enquete-annuelle')!;
    const write = (i: number) => createResponse(deps, instrument, { ...completeAnnualAnswers, budget_aict_euros: i }, 'complete', { campaign: '2027', verified: false });
    const first = writer.thread;
    const during = Array.from({ length: 200 }, (_, i) => write(i));
    // Killed while those writes are under way: some committed and acknowledged, the others failed.
    setImmediate(() => void first.terminate());
    const settled = await Promise.allSettled(during);
    const acknowledged = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.id] : []));
    const failed = settled.filter((s) => s.status === 'rejected');
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(String((f as PromiseRejectedResult).reason)).toMatch(/arrêté|terminated/);
    // The next writes go to a new thread.
    expect(writer.thread).not.toBe(first);
    const after = await Promise.all(Array.from({ length: 20 }, (_, i) => write(1000 + i)));
    await writer.close();
    await db.destroy();
    const check = new SQLite(file, { readonly: true });
    const stored = new Set((check.prepare("select id from responses where campaign = '2027'").all() as { id: string }[]).map((r) => r.id));
    check.close();
    for (const id of [...acknowledged, ...after.map((a) => a.id)]) expect(stored.has(id)).toBe(true);
  });

  it('imports through the writer thread, batch after batch, while this thread writes too: counts equal a recount', { timeout: 120_000 }, async () => {
    const { db, deps } = await fileWithWriter();
    const instrument = deps.catalog.get('enquete-annuelle')!;
    await createCampaign(db, instrument, { campaign: 'import' }, new Date());
    await createCampaign(db, instrument, { campaign: '2027' }, new Date());
    const random = seededRandom(19);
    const pool = testRegistry().all().filter((c) => c.type !== 'commune' || (c.population ?? 0) >= 2000);
    // Three batches of the import (10,000 each): the next are read while the first is written.
    const total = 21_000;
    const lines = Array.from({ length: total }, () => {
      const c = pool[Math.floor(random() * pool.length)]!;
      // The profile typed in rather than the collectivity named: each response counts (as in test/bench/million.ts).
      const { collectivite: _named, ...answers } = demoAnswers(instrument, c, random).answers;
      return JSON.stringify({ status: 'complete', answers: { ...answers, collectivite_type: c.type, ...(c.strate ? { strate_population: c.strate } : {}) } }) + '\n';
    });
    const progress: number[] = [];
    const importing = importResponses(deps, instrument, 'import', importRecords('jsonl', [], Readable.from(lines)), {
      allOrNothing: false,
      onProgress: (r) => progress.push(r.imported),
    });
    // Meanwhile this thread's connection writes too (verified, so they count): each waits for the thread's commit, none fails.
    const sideWrites: string[] = [];
    const onThisThread = { ...deps, writer: directWriter(db, deps.catalog) };
    let importDone = false;
    const side = (async () => {
      while (!importDone || sideWrites.length === 0) {
        const created = await createResponse(onThisThread, instrument, { ...completeAnnualAnswers, budget_aict_euros: sideWrites.length }, 'complete', { campaign: '2027', verified: true });
        sideWrites.push(created.id);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const report = await importing.finally(() => (importDone = true));
    await side;
    expect(report.rejected).toEqual([]);
    expect(report.imported).toBe(total);
    expect(progress.slice(0, 3)).toEqual([10_000, 20_000, 21_000]);
    const stored = await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign', '=', 'import').where('counted', '=', 1).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(total);
    expect(sideWrites.length).toBeGreaterThan(0);
    const live = await countTables(db);
    await db.transaction().execute((trx) => recountAnswerCounts(trx, testCatalog()));
    expect(await countTables(db)).toEqual(live);
    await db.destroy();
  });
});
