import type { Kysely } from 'kysely';
import type { SeedMode } from './config.js';
import type { Database } from './db/schema.js';
import { countStoredRows } from './queries/count-stored-rows.js';

export interface SeedReport {
  mode: SeedMode;
  seeded: boolean;
  loaded: number;
}

/**
 * What a new, empty database receives. `none` leaves it empty. The replay datasets
 * (`replay`) and the fictitious annual campaign (`demo`) are loaded through the same
 * validation and storage path as any response; until they exist, both modes load nothing
 * and say so.
 */
export async function seedDatabase(db: Kysely<Database>, mode: SeedMode): Promise<SeedReport> {
  const { responses } = await countStoredRows(db);
  if (mode === 'none' || responses > 0) return { mode, seeded: false, loaded: 0 };
  return { mode, seeded: true, loaded: 0 };
}
