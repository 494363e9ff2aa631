import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { recountAnswerCounts } from '../../api/counting/recount-answer-counts.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import type { Database } from '../../api/db/schema.js';
import type { Kysely } from 'kysely';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { readJson } from '../helpers/read-json.js';
import { ADMIN, ADMIN_HASH, adminJson, fixedClock, postJson, testCatalog, testDatabaseUrl, testRegistry } from '../helpers/test-app.js';
import { counted } from '../../surveys/french-typography.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const { collectivite: _anyone, ...invitedAnswers } = completeAnnualAnswers;
const CAMPAIGN = 'sauvegarde';

function appOver(db: Kysely<Database>) {
  return createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: fixedClock, adminTokenHash: ADMIN_HASH });
}

/** What an administrator reads of the campaign: results documents (all, by type, by service) and the JSON export. */
async function campaignReadings(db: Kysely<Database>) {
  const app = appOver(db);
  const documents = [];
  for (const groupBy of ['', '&groupBy=collectivite_type', '&groupBy=service_repondant']) {
    documents.push(await (await app.request(`/api/surveys/enquete-annuelle/results?campaign=${CAMPAIGN}${groupBy}`, { headers: ADMIN })).json());
  }
  const exported = await readJson<{ responses: { id: string }[] }>(await app.request(`/api/admin/campaigns/enquete-annuelle/${CAMPAIGN}/export?format=json`, { headers: ADMIN }));
  return { documents, responses: new Map(exported.responses.map((r) => [r.id, r])) };
}

const responseRows = (db: Kysely<Database>) => db.selectFrom('responses').selectAll().orderBy('id').execute();

describe('backups (npm run backup, npm run restore)', () => {
  it('a backup taken under concurrent submissions restores the database of its moment: same responses, results and exports', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-backup-'));
    const sourceUrl = await testDatabaseUrl(path.join(dir, 'source.db'));
    const source = createDatabase(sourceUrl).db;
    await migrateToLatest(source);
    const app = appOver(source);
    expect((await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: CAMPAIGN }))).status).toBe(201);
    const communes = testRegistry().all().filter((c) => c.type === 'commune').slice(0, 400).map((c) => c.key);
    const invited = await readJson<{ created: { code: string }[] }>(await app.request(`/api/admin/campaigns/enquete-annuelle/${CAMPAIGN}/invitations`, adminJson({ lines: communes })));
    const codes = invited.created.map((c) => c.code);

    // Writers answer without pause, half through invitations (verified: they count), half without.
    const acknowledged: string[] = [];
    let alive = true;
    let n = 0;
    const writer = async () => {
      while (alive) {
        const invitation = ++n % 2 === 0 ? codes.pop() : undefined;
        const answers = invitation ? { ...invitedAnswers, budget_aict_euros: n } : { ...completeAnnualAnswers, budget_aict_euros: n };
        const res = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers, status: 'complete', ...(invitation && { invitation }) });
        expect(res.status).toBe(201);
        acknowledged.push((await readJson<{ id: string }>(res)).id);
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    const beforeBackup = [...acknowledged];
    const file = path.join(dir, 'sauvegarde.bak');
    const env = { ...process.env, DATABASE_URL: sourceUrl, BACKUP_DIR: dir };
    const backup = await run(tsx, ['api/cli/backup.ts', file], { cwd: root, env });
    expect(backup.stdout).toMatch(/Sauvegarde écrite/);
    alive = false;
    await Promise.all(writers);

    const targetUrl = await testDatabaseUrl(path.join(dir, 'restauree.db'));
    const restored = await run(tsx, ['api/cli/restore.ts', file], { cwd: root, env: { ...env, DATABASE_URL: targetUrl } });
    expect(restored.stdout).toMatch(/Sauvegarde restaurée/);
    const target = createDatabase(targetUrl).db;
    await migrateToLatest(target);

    // The backup's moment: every response acknowledged before it began, and only responses of the source.
    const kept = await responseRows(target);
    const keptIds = new Set(kept.map((r) => r.id));
    for (const id of beforeBackup) expect(keptIds.has(id)).toBe(true);
    const sourceRows = (await responseRows(source)).filter((r) => keptIds.has(r.id));
    expect(kept).toEqual(sourceRows);
    expect(kept.filter((r) => r.counted === 1).length).toBeGreaterThan(5);

    // Its exports are the source's, response for response.
    const after = await campaignReadings(target);
    const sourceNow = await campaignReadings(source);
    expect([...after.responses.keys()].sort()).toEqual([...keptIds].sort());
    for (const [id, response] of after.responses) expect(response).toEqual(sourceNow.responses.get(id));
    // Its counts are those of its responses: the results documents do not move when recounted from the answers.
    await recountAnswerCounts(target, testCatalog());
    expect((await campaignReadings(target)).documents).toEqual(after.documents);
    expect((after.documents[0] as { n: number }).n).toBe(kept.filter((r) => r.counted === 1).length);

    // A second restore into the now filled database is refused without --force, and done with it.
    await target.destroy();
    const refused = await run(tsx, ['api/cli/restore.ts', file], { cwd: root, env: { ...env, DATABASE_URL: targetUrl } }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/n’est pas vide/) });
    const forced = await run(tsx, ['api/cli/restore.ts', file, '--force'], { cwd: root, env: { ...env, DATABASE_URL: targetUrl } });
    expect(forced.stdout).toContain(counted(kept.length, 'réponse', 'réponses'));

    await source.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
