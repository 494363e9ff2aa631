import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { seedDatabase } from '../../api/seed/seed-database.js';
import { instruments } from '../helpers/seeded.js';
import { ADMIN, ADMIN_HASH, fixedClock, testDatabaseUrl, testRegistry, testCatalog } from '../helpers/test-app.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

// Needs a PostgreSQL server: runs under `npm run test:pg` (and so in CI), skipped by `npm test`.
describe.skipIf(!process.env.TEST_DATABASE_URL)('npm run move-to-postgres', () => {
  it('moves a SQLite database to PostgreSQL with the same results documents before and after', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-move-'));
    const file = path.join(dir, 'aict.db');
    const source = createDatabase(file).db;
    await migrateToLatest(source);
    const deps = { db: source, registry: testRegistry(), clock: fixedClock, catalog: instruments };
    await seedDatabase(deps, 'demo');
    const documents = async (app: ReturnType<typeof createApp>) => {
      const out: unknown[] = [];
      for (const [survey, campaign] of [['enquete-annuelle', 'demo'], ['arricod-2016', '2016'], ['ua-2014-indicateurs', '2014']]) {
        for (const groupBy of ['', '&groupBy=collectivite_type', '&groupBy=service_repondant']) {
          const res = await app.request(`/api/surveys/${survey}/results?campaign=${campaign}${groupBy}`, { headers: ADMIN });
          out.push(await res.json());
        }
      }
      return out;
    };
    const before = await documents(createApp({ ...deps, catalog: testCatalog(), adminTokenHash: ADMIN_HASH }));
    await source.destroy();

    const url = await testDatabaseUrl('unused');
    const moved = await run(path.join(root, 'node_modules/.bin/tsx'), ['api/cli/move-to-postgres.ts', file, url], { cwd: root });
    expect(moved.stdout).toMatch(/responses\u202f: [\d\u202f]+\u00a0lignes copiées/);
    const target = createDatabase(url).db;
    const after = await documents(createApp({ db: target, catalog: testCatalog(), registry: testRegistry(), clock: fixedClock, adminTokenHash: ADMIN_HASH }));
    expect(after).toEqual(before);
    // The moved database keeps working: a new response is numbered after the copied rows.
    const res = await createApp({ db: target, catalog: testCatalog(), registry: testRegistry(), clock: fixedClock }).request('/api/surveys/autodiagnostic/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { collectivite_type: 'region' }, status: 'partial' }),
    });
    expect(res.status).toBe(201);
    await target.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});
