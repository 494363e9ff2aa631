import { createApp } from '../../api/app.js';
import { compileAll } from '../../api/instruments/compile-all.js';
import { loadInstruments } from '../../api/instruments/catalog.js';
import type { SeedMode } from '../../api/config.js';
import { seedDatabase } from '../../api/seed/seed-database.js';
import { ADMIN_HASH, fixedClock, testDatabase, testRegistry } from './test-app.js';

export const instruments = compileAll(loadInstruments());

/** An app over an in-memory database that received SEED=mode. */
export async function seededApp(mode: SeedMode, suppressionK = 5) {
  const db = await testDatabase();
  const deps = { db, registry: testRegistry(), clock: fixedClock };
  const report = await seedDatabase(deps, instruments, mode);
  return { app: createApp({ ...deps, suppressionK, adminTokenHash: ADMIN_HASH }), db, deps, report };
}
