import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCampaign } from '../../api/campaigns/create-campaign.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { testCatalog } from '../helpers/test-app.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

describe('npm run import', () => {
  it('imports a CSV into the database named by DATABASE_URL, with a progress bar and a report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-import-'));
    const file = path.join(dir, 'kit.csv');
    fs.writeFileSync(file, '\uFEFFstatut;collectivite_type;session;besoins.analyse_legislative\r\ncomplete;commune;1;1\r\ncomplete;region;2;\r\ncomplete;region;9;\r\n');
    const env = { ...process.env, DATABASE_URL: path.join(dir, 'aict.db') };
    const setup = createDatabase(env.DATABASE_URL).db;
    await migrateToLatest(setup);
    await createCampaign(setup, testCatalog().get('ua-2015-kit-de-survie')!, { campaign: '2015' }, new Date());
    await setup.destroy();
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const strict = await run(tsx, ['api/cli/import.ts', file, '--survey', 'ua-2015-kit-de-survie', '--campaign', '2015'], { cwd: root, env }).catch((e) => e);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/Ligne 4 \(session\)/);
    expect(strict.stdout).toMatch(/Rien n’a été importé/);
    const partial = await run(tsx, ['api/cli/import.ts', file, '--survey', 'ua-2015-kit-de-survie', '--campaign', '2015', '--partiel'], { cwd: root, env }).catch((e) => e);
    expect(partial.stdout).toMatch(/2\u00a0réponses importées sur 3/);
    expect(partial.stdout + partial.stderr).toMatch(/Import \[[#.]+\]/);
    const db = new SQLite(env.DATABASE_URL, { readonly: true });
    expect(db.prepare("select count(*) n from responses where campaign = '2015'").get()).toEqual({ n: 2 });
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('imports JSON lines (the API’s bodies, one a line) through the same validation, reporting each line refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-import-'));
    const file = path.join(dir, 'kit.jsonl');
    const lines = [
      { status: 'complete', answers: { collectivite_type: 'commune', session: '1' } },
      { status: 'complete', answers: { collectivite_type: 'region', session: '9' } },
      { answers: { collectivite_type: 'region', session: '2' } },
    ].map((l) => JSON.stringify(l));
    fs.writeFileSync(file, [...lines, '{pas du json'].join('\n') + '\n');
    const env = { ...process.env, DATABASE_URL: path.join(dir, 'aict.db') };
    const setup = createDatabase(env.DATABASE_URL).db;
    await migrateToLatest(setup);
    await createCampaign(setup, testCatalog().get('ua-2015-kit-de-survie')!, { campaign: '2015' }, new Date());
    await setup.destroy();
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const partial = await run(tsx, ['api/cli/import.ts', file, '--survey', 'ua-2015-kit-de-survie', '--campaign', '2015', '--partiel'], { cwd: root, env }).catch((e) => e);
    expect(partial.stdout).toMatch(/Ligne 2 \(session\)/);
    expect(partial.stdout).toMatch(/Ligne 4\u202f: Cette ligne n’est pas du JSON valide/);
    expect(partial.stdout).toMatch(/2\u00a0réponses importées sur 4/);
    const db = new SQLite(env.DATABASE_URL, { readonly: true });
    expect(db.prepare("select count(*) n from responses where campaign = '2015' and counted = 1").get()).toEqual({ n: 2 });
    expect((db.prepare("select sum(n) n from answer_counts where question = 'session' and value = ''").get() as { n: number }).n).toBe(2);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
