import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ensureAdminToken } from './admin/ensure-admin-token.js';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { createDatabase } from './db/create-database.js';
import { migrateToLatest } from './db/migrate.js';
import { systemClock } from './deps.js';
import { buildRegistry, readEtalabData } from './registry/registry.js';
import { compileCatalog } from './instruments/compile-catalog.js';
import { refreshPeerSnapshots } from './peers/refresh-peer-snapshots.js';
import { seedDatabase } from './seed/seed-database.js';

// Entry point: read the environment, open and migrate the database, seed it, serve.
const config = readConfig(process.env);
const { db, engine } = createDatabase(config.databaseUrl, { synchronous: config.sqliteSynchronous });
await migrateToLatest(db);
const registry = buildRegistry(readEtalabData());
const catalog = compileCatalog();
const seed = await seedDatabase({ db, registry, clock: systemClock, catalog }, config.seed);
const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
const admin = await ensureAdminToken(db, config.adminToken);
if (admin.generated) {
  console.log(`Jeton d’administration créé (il ne sera plus affiché, conservez-le) : ${admin.generated}`);
}
const app = createApp({
  db,
  registry,
  clock: systemClock,
  catalog,
  suppressionK: config.suppressionK,
  rateLimits: config.rateLimits,
  adminTokenHash: admin.hash,
  webRoot,
});

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(
    `Observatoire AICT : http://localhost:${info.port}/ (base ${engine}, ${registry.size} collectivités au référentiel, amorçage ${seed.mode} : ${seed.seeded ? `${seed.loaded} réponses chargées` : 'base déjà remplie ou SEED=none, rien chargé'})`,
  );
});

// Every hour, the peer groups whose snapshot may be replaced (at most once a day) get a new one.
const HOUR = 60 * 60 * 1000;
const round = setInterval(() => {
  refreshPeerSnapshots(db, catalog, systemClock.now().toISOString(), config.suppressionK).catch((e: unknown) => console.error('Instantanés des pairs :', e));
}, HOUR);
round.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    clearInterval(round);
    server.close();
    void db.destroy().then(() => process.exit(0));
  });
}
