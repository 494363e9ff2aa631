import { createApp } from '../../api/app.js';
import type { SeedMode } from '../../api/config.js';
import { seedDatabase } from '../../api/seed/seed-database.js';
import { ADMIN_HASH, fixedClock, testCatalog, testDatabase, testRegistry } from './test-app.js';

export const instruments = testCatalog();

/** An app over an in-memory database that received SEED=mode. */
export async function seededApp(mode: SeedMode, suppressionK = 5) {
  const db = await testDatabase();
  const deps = { db, registry: testRegistry(), clock: fixedClock, catalog: instruments };
  const report = await seedDatabase(deps, mode);
  return { app: createApp({ ...deps, catalog: instruments, suppressionK, adminTokenHash: ADMIN_HASH }), db, deps, report };
}
