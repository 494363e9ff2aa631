import type { Kysely } from 'kysely';
import type { Database } from '../../api/db/schema.js';
import type { Catalog, LoadedInstrument } from '../../api/instruments/catalog.js';
import { prepareAnswers } from '../../api/instruments/prepare-answers.js';
import type { Registry } from '../../api/registry/registry.js';
import { newResponseRow } from '../../api/responses/create-response.js';
import { storeNewResponses } from '../../api/responses/store-new-responses.js';
import { systemClock } from '../../api/deps.js';
import { demoAnswers } from '../../api/seed/demo-campaign.js';
import { seededRandom } from '../../api/seed/random.js';

/**
 * Benchmark set-up: `count` complete responses of the annual survey, each validated by the
 * service's own code (prepareAnswers) and stored through its one write path
 * (storeNewResponses), 5,000 to a transaction.
 */
export async function loadResponses(
  db: Kysely<Database>,
  catalog: Catalog,
  instrument: LoadedInstrument,
  registry: Registry,
  campaign: string,
  count: number,
  seed: number,
  onProgress?: (done: number) => void,
): Promise<void> {
  const random = seededRandom(seed);
  const pool = registry.all().filter((c) => c.type !== 'commune' || (c.population ?? 0) >= 2000);
  for (let done = 0; done < count; ) {
    const size = Math.min(5000, count - done);
    const items = Array.from({ length: size }, () => {
      const c = pool[Math.floor(random() * pool.length)]!;
      // The profile typed in rather than the collectivity named: each response counts.
      const { collectivite: _named, ...answers } = demoAnswers(instrument, c, random).answers;
      const prepared = prepareAnswers(instrument, { ...answers, collectivite_type: c.type, ...(c.strate ? { strate_population: c.strate } : {}) }, 'complete', registry);
      return { ...prepared, row: newResponseRow({ clock: systemClock }, instrument, prepared, 'complete', { campaign, verified: true }).row };
    });
    await db.transaction().execute((trx) => storeNewResponses(trx, catalog, items));
    done += size;
    onProgress?.(done);
  }
}
