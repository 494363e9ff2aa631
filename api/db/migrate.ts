import { Migrator } from 'kysely';
import { migrations } from './migrations/index.js';
import type { SchemaAgnosticDb } from './schema-agnostic.js';
import { ensureSecondaryIndexes } from './secondary-indexes.js';

export async function migrateToLatest(db: SchemaAgnosticDb): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`La migration de la base de données a échoué\u202f: ${reason}`);
  }
  // A bulk load interrupted before it rebuilt its indexes (secondary-indexes.ts).
  await ensureSecondaryIndexes(db);
}
