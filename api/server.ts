import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { ensureAdminToken } from './admin/ensure-admin-token.js';
import { scheduleDailyBackups } from './backup/daily-backups.js';
import { takeBackup } from './backup/take-backup.js';
import { createApp } from './app.js';
import { ensureStandingCampaigns } from './campaigns/ensure-standing-campaigns.js';
import { readConfig } from './config.js';
import { createDatabase } from './db/create-database.js';
import { migrateToLatest } from './db/migrate.js';
import { systemClock } from './deps.js';
import { buildRegistry, readEtalabData } from './registry/registry.js';
import { compileCatalog } from './instruments/compile-catalog.js';
import { smtpTransport } from './mail/smtp-transport.js';
import { startOutboxWorker } from './outbox/outbox-worker.js';
import { refreshPeerSnapshots } from './peers/refresh-peer-snapshots.js';
import { openResponseWriter } from './responses/open-response-writer.js';
import { seedDatabase } from './seed/seed-database.js';

// Entry point: read the environment, open and migrate the database, seed it, send the outbox, back up, serve.
const config = readConfig(process.env);
const opened = createDatabase(config.databaseUrl, { synchronous: config.sqliteSynchronous });
const { db, engine, sqlite } = opened;
await migrateToLatest(db);
const registry = buildRegistry(readEtalabData());
const catalog = compileCatalog();
const seed = await seedDatabase({ db, registry, clock: systemClock, catalog }, config.seed);
// After the seed, which may have made some of them with its own fictitious responses.
await ensureStandingCampaigns(db, catalog, systemClock.now());
// New responses (submissions, imports) are written by a thread of their own on a SQLite file; started once migrated.
const writer = openResponseWriter(config.databaseUrl, opened, catalog, { synchronous: config.sqliteSynchronous });
const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');
const admin = await ensureAdminToken(db, config.adminToken);
if (admin.generated) {
  console.log(`Jeton d’administration créé (il ne sera plus affiché, conservez-le)\u202f: ${admin.generated}`);
}
// The outbox is sent from the start: what a previous process queued and did not see accepted goes now.
const transport = config.mail ? smtpTransport(config.mail) : null;
const outbox =
  config.mail && transport
    ? startOutboxWorker({
        db,
        transport,
        clock: systemClock,
        retryBaseMs: config.mail.retrySeconds * 1000,
        leaseMs: 2 * config.mail.timeoutSeconds * 1000,
        onError: (e: unknown) => console.error('Envoi des courriels\u202f:', e),
      })
    : null;
const backups = scheduleDailyBackups({
  dir: config.backup.dir,
  keep: config.backup.keep,
  clock: systemClock,
  engine,
  take: (file) => takeBackup(config.databaseUrl, file, sqlite),
  onTaken: (file) => console.log(`Sauvegarde quotidienne\u202f: ${file}`),
  onError: (e: unknown) => console.error('Sauvegarde quotidienne\u202f:', e),
});
const app = createApp({
  db,
  registry,
  clock: systemClock,
  catalog,
  writer,
  suppressionK: config.suppressionK,
  rateLimits: config.rateLimits,
  adminTokenHash: admin.hash,
  webRoot,
  mail: config.mail && outbox ? { from: config.mail.from, publicUrl: config.mail.publicUrl, notify: outbox.notify } : undefined,
});

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(
    `Observatoire AICT\u202f: http://localhost:${info.port}/ (base ${engine}, ${registry.size} collectivités au référentiel, amorçage ${seed.mode}\u202f: ${seed.seeded ? `${seed.loaded} réponses chargées` : 'base déjà remplie ou SEED=none, rien chargé'})`,
  );
  console.log(config.mail ? `Courriels envoyés par ${config.mail.smtpUrl.replace(/\/\/[^@/]*@/, '//…@')}, de ${config.mail.from}.` : 'Courriels désactivés (SMTP_URL absent)\u202f: les liens d’invitation sont à copier.');
});

// Every hour, the peer groups whose snapshot may be replaced (at most once a day) get a new
// one, and a new year's annual campaign is there from its first hour.
const HOUR = 60 * 60 * 1000;
const round = setInterval(() => {
  refreshPeerSnapshots(db, catalog, systemClock.now().toISOString(), config.suppressionK).catch((e: unknown) => console.error('Instantanés des pairs\u202f:', e));
  ensureStandingCampaigns(db, catalog, systemClock.now()).catch((e: unknown) => console.error('Campagnes permanentes\u202f:', e));
}, HOUR);
round.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    clearInterval(round);
    backups.stop();
    server.close();
    void (async () => {
      // The responses already handed to the writer are committed first.
      await writer.close();
      await outbox?.stop();
      transport?.close();
      await db.destroy();
      process.exit(0);
    })();
  });
}
