import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../api/app.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { systemClock } from '../../api/deps.js';
import type { SeedMode } from '../../api/config.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { loadInstruments, type Instrument } from '../../api/instruments/catalog.js';
import { seedDatabase } from '../../api/seed/seed-database.js';
import { ADMIN_HASH, testDatabaseUrl, testRegistry } from './test-app.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '../../web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ServerOptions {
  seed?: SeedMode;
  /** Defaults to the six instruments of `surveys/`. */
  instruments?: Instrument[];
}

/** The whole service on a random port over a temporary SQLite file, as `npm start` runs it. */
async function startServer(options: ServerOptions = {}) {
  if (!fs.existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build` first (npm test does it).');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-browser-'));
  const { db } = createDatabase(await testDatabaseUrl(path.join(dir, 'aict.db')));
  await migrateToLatest(db);
  const catalog = compileCatalog(options.instruments ?? loadInstruments());
  const deps = { db, registry: testRegistry(), clock: systemClock, catalog };
  if (options.seed) await seedDatabase(deps, options.seed);
  const app = createApp({ ...deps, webRoot: WEB_ROOT, adminTokenHash: ADMIN_HASH });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    db,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One service and one Chromium for a browser test file, started before its tests and
 * stopped after. Returns getters, valid once the tests run.
 */
export function browserSuite(options: ServerOptions = {}) {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server!, browser: () => browser! };
}

/**
 * A page in a fresh context whose session holds the admin token, and the console errors
 * and uncaught exceptions it logs (each with the address it happened at).
 */
export async function adminPageWatchingErrors(browser: Browser, adminToken: string) {
  const context = await browser.newContext();
  await context.addInitScript((token) => sessionStorage.setItem('aict.admin', token), adminToken);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${page.url()} : ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()} : ${e.message}`));
  return { context, page, problems };
}
