import { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createDatabase } from '../../api/db/create-database.js';
import { createApp } from '../../api/app.js';
import type { Database } from '../../api/db/schema.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { ImmediateSqliteDialect } from '../../api/db/sqlite-dialect.js';
import type { Clock } from '../../api/deps.js';
import type { Catalog } from '../../api/instruments/catalog.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { hashToken } from '../../api/security/tokens.js';
import { buildRegistry, readEtalabData, type Registry } from '../../api/registry/registry.js';

let registry: Registry | undefined;
/** The real official registry, built once per test file (about half a second). */
export function testRegistry(): Registry {
  registry ??= buildRegistry(readEtalabData());
  return registry;
}

let catalog: Catalog | undefined;
/** The six instruments, compiled once per test file as the server compiles them once at start. */
export function testCatalog(): Catalog {
  catalog ??= compileCatalog();
  return catalog;
}

export const fixedClock: Clock = { now: () => new Date('2026-11-22T10:00:00Z') };

let pgAdmin: pg.Pool | undefined;

/**
 * A fresh database with every migration applied, as in Kysely's own test setup: in-memory
 * SQLite, or — under `npm run test:pg` (TEST_DATABASE_URL) — a new PostgreSQL database.
 */
export async function testDatabase(): Promise<Kysely<Database>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: new SQLite(':memory:') }) });
    await migrateToLatest(db);
    return db;
  }
  pgAdmin ??= new pg.Pool({ connectionString: url, max: 2 });
  const name = `t_${randomBytes(8).toString('hex')}`;
  await pgAdmin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = createDatabase(target.toString()).db;
  await migrateToLatest(db);
  return db;
}

/** A database URL for code that opens its own connection (the browser tests' server): a file, or a new PostgreSQL database. */
export async function testDatabaseUrl(file: string): Promise<string> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return file;
  pgAdmin ??= new pg.Pool({ connectionString: url, max: 2 });
  const name = `t_${randomBytes(8).toString('hex')}`;
  await pgAdmin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** The administrator's token in tests, and the header that carries it. */
export const ADMIN_TOKEN = 'jeton-administrateur-de-test-0123456789';
export const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` };
export const ADMIN_HASH = hashToken(ADMIN_TOKEN);

/** A JSON request, as the administrator unless other headers are given. */
export const adminJson = (body: unknown, headers: Record<string, string> = ADMIN, method = 'POST') => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export async function testApp(options: { webRoot?: string; clock?: Clock } = {}) {
  const db = await testDatabase();
  const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: options.clock ?? fixedClock, webRoot: options.webRoot, adminTokenHash: ADMIN_HASH });
  return { app, db };
}

type App = Awaited<ReturnType<typeof testApp>>['app'];

export function postJson(app: App, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function putJson(app: App, path: string, body: unknown, token?: string) {
  return app.request(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function getWithToken(app: App, path: string, token?: string) {
  return app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** A complete, valid answer set of the 2016 survey. */
export function complete2016(): Record<string, unknown> {
  return {
    collectivite_type: 'region',
    strate_population: 'plus_1m',
    service_repondant: 'relations_internationales',
    actions_realisees: { promotion_internationale: 4, internationalisation_entreprises: 2, cooperation_economique: 3 },
    actions_a_renforcer: { promotion_internationale: 4, internationalisation_entreprises: 5, cooperation_economique: 2 },
    acteurs_mobilises: { chambres_consulaires: 'oui', entreprises: 'oui', associations_solidarite: 'non' },
    zone_cible: 'chine',
    orientation_partenaires: 'nouveaux_partenaires',
  };
}

/** A sentence in French: accented letters or common French words, and long enough to say something. */
export const FRENCH = /(?=.{20,})(.*([éèêàçùô]|\b(le|la|les|des|une?|doit|est|pas|vous|votre)\b))/i;
