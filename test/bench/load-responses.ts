import type Database from 'better-sqlite3';
import type { LoadedInstrument } from '../../api/instruments/catalog.js';
import { prepareAnswers } from '../../api/instruments/prepare-answers.js';
import type { Registry } from '../../api/registry/registry.js';
import { demoAnswers } from '../../api/seed/demo-campaign.js';
import { seededRandom } from '../../api/seed/random.js';
import { hashToken, newResponseId, newToken } from '../../api/security/tokens.js';

/**
 * Benchmark set-up: `count` complete responses of the annual survey, each validated and
 * flattened by the service's own code (prepareAnswers), then written with prepared
 * statements in large transactions — the same rows (responses, answer_values, answer_counts)
 * that the API writes one response at a time.
 */
export function loadResponses(
  sqlite: Database.Database,
  instrument: LoadedInstrument,
  registry: Registry,
  campaign: string,
  count: number,
  seed: number,
  onProgress?: (done: number) => void,
): void {
  const random = seededRandom(seed);
  const pool = registry.all().filter((c) => c.type !== 'commune' || (c.population ?? 0) >= 2000);
  const insertResponse = sqlite.prepare(
    `insert into responses (id, survey_id, campaign, status, token_hash, answers, collectivite, collectivite_type, strate_population, created_at, updated_at)
     values (?, ?, ?, 'complete', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertValue = sqlite.prepare(
    `insert into answer_values (response_id, survey_id, campaign, status, question, row_key, col_key, value, num, collectivite_type, strate_population)
     values (?, ?, ?, 'complete', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addCount = sqlite.prepare(
    `insert into answer_counts (survey_id, campaign, collectivite_type, strate_population, question, row_key, col_key, value, n)
     values (?, ?, ?, ?, ?, ?, ?, ?, 1)
     on conflict do update set n = n + 1`,
  );
  const now = new Date().toISOString();
  const batch = sqlite.transaction((size: number) => {
    for (let i = 0; i < size; i++) {
      const c = pool[Math.floor(random() * pool.length)]!;
      const { answers } = demoAnswers(instrument, c, random);
      const prepared = prepareAnswers(instrument, answers, 'complete', registry);
      const { collectivite, collectivite_type: type, strate_population: strate } = prepared.profile;
      const id = newResponseId();
      insertResponse.run(id, instrument.id, campaign, hashToken(newToken()), JSON.stringify(prepared.answers), collectivite, type, strate, now, now);
      for (const cell of prepared.cells) {
        insertValue.run(id, instrument.id, campaign, cell.question, cell.row_key, cell.col_key, cell.value, cell.num, type, strate);
      }
      const seen = new Set<string>();
      for (const cell of prepared.counted) {
        addCount.run(instrument.id, campaign, type ?? '', strate ?? '', cell.question, cell.row_key, cell.col_key, cell.value);
        const base = `${cell.question}\u0000${cell.row_key}\u0000${cell.col_key}`;
        if (!seen.has(base)) {
          seen.add(base);
          addCount.run(instrument.id, campaign, type ?? '', strate ?? '', cell.question, cell.row_key, cell.col_key, '');
        }
      }
    }
  });
  for (let done = 0; done < count; ) {
    const size = Math.min(5000, count - done);
    batch(size);
    done += size;
    onProgress?.(done);
  }
}
