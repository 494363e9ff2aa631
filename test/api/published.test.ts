import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPublishedFigures, findingSurvey } from '../../api/results/published-figures.js';
import { loadReplay, loadReplays } from '../../api/seed/seed-database.js';
import { instrumentsWith } from '../../api/instruments/catalog.js';
import { createApp } from '../../api/app.js';
import { fixedClock, testDatabase, testRegistry } from '../helpers/test-app.js';
import { instruments, seededApp } from '../helpers/seeded.js';
import { isCited } from '../helpers/guide-quotes.js';
import type { PublishedComparison } from '../helpers/api-types.js';

/** What the workshop rated for each indicator: its access and its relevance, 1 to 5. */
type IndicatorRatings = Record<string, { acces: number; pertinence: number }>;

const published = loadPublishedFigures();
const REPLAY_SURVEYS = instrumentsWith(instruments, 'replay').map((i) => i.id);
const { app } = await seededApp('replay');

async function comparisons(a: typeof app, survey: string) {
  const res = await a.request(`/api/surveys/${survey}/published`);
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string; printed: unknown; recomputed: unknown; match: boolean }[];
}

describe('the guide’s published figures, recomputed from the replayed responses', () => {
  it('keeps our copy of published-figures.json equal to the shared one', () => {
    const shared = path.resolve(import.meta.dirname, '../../../shared/spec/published-figures.json');
    if (!fs.existsSync(shared)) return; // outside the workplace there is no shared/ folder to compare with
    expect(JSON.parse(fs.readFileSync(shared, 'utf8'))).toEqual(published);
  });

  it('matches every figure and every finding', async () => {
    const expected = [...published.figures.map((f) => f.id), ...published.findings.map((f) => f.id)].sort();
    const seen: string[] = [];
    for (const survey of REPLAY_SURVEYS) {
      for (const c of await comparisons(app, survey)) {
        seen.push(c.id);
        expect(c.match, `${c.id}: printed ${JSON.stringify(c.printed)}, recomputed ${JSON.stringify(c.recomputed)}`).toBe(true);
      }
    }
    expect(seen.sort()).toEqual(expected);
    for (const f of published.findings) expect(REPLAY_SURVEYS).toContain(findingSurvey(f));
  });

  it('recomputes 40, 33, 20, 7 for the target countries and 2,5 for transferts_financiers', async () => {
    const zone = (await comparisons(app, 'arricod-2016')).find((c) => c.id === 'arricod-2016.zone_cible')!;
    expect(zone.recomputed).toEqual({ nsp: 40, europe_amerique_sud: 33, chine: 20, maroc: 7 });
    const ua = (await comparisons(app, 'ua-2014-indicateurs'))[0]!;
    expect((ua.recomputed as IndicatorRatings).transferts_financiers).toEqual({ acces: 2, pertinence: 2.5 });
  });

  it('fails as soon as one replayed answer changes (checked on a mutated copy)', async () => {
    async function appWith(mutate: (r: ReturnType<typeof loadReplays>[number]) => void, survey: string) {
      const replay = structuredClone(loadReplays(instruments).find((r) => r.survey === survey)!);
      mutate(replay);
      const db = await testDatabase();
      const deps = { db, registry: testRegistry(), clock: fixedClock, catalog: instruments };
      await loadReplay(deps, instruments.get(survey)!, replay);
      return createApp(deps);
    }
    // One respondent moves from Maroc to Chine: 7 % becomes 0 %, 20 % becomes 27 %.
    const moved = await appWith((r) => {
      r.responses.find((a) => a.zone_cible === 'maroc')!.zone_cible = 'chine';
    }, 'arricod-2016');
    const zone = (await comparisons(moved, 'arricod-2016')).find((c) => c.id === 'arricod-2016.zone_cible')!;
    expect(zone.match).toBe(false);
    expect(zone.recomputed).toEqual({ nsp: 40, europe_amerique_sud: 33, chine: 27, maroc: 0 });

    // One participant rates the relevance of financial transfers 1 instead of 3: the median leaves 2,5 for 2.
    const rated = await appWith((r) => {
      const ratings = (answers: Record<string, unknown>) => answers.indicateurs as IndicatorRatings;
      const a = r.responses.find((x) => ratings(x).transferts_financiers!.pertinence === 3)!;
      ratings(a).transferts_financiers!.pertinence = 1;
    }, 'ua-2014-indicateurs');
    const ua = (await comparisons(rated, 'ua-2014-indicateurs'))[0]!;
    expect(ua.match).toBe(false);
    expect((ua.recomputed as IndicatorRatings).transferts_financiers!.pertinence).toBe(2);
  });

  it('gives each finding the guide’s French sentence, and each figure and finding a French reading and its unit', async () => {
    const all = [];
    for (const survey of REPLAY_SURVEYS) all.push(...(await comparisons(app, survey)));
    expect(all).toHaveLength(published.figures.length + published.findings.length);
    for (const c of all as PublishedComparison[]) {
      expect(isCited({ section: c.section, quote: c.quote }), `${c.id}: ${c.quote}`).toBe(true);
      expect(c.reading, c.id).not.toMatch(/\b(the|of|and|respondents)\b/);
      expect(c.unit.length, c.id).toBeGreaterThan(5);
      if (c.type === 'finding') {
        expect(c.printed, c.id).toBe(c.quote);
        expect(Object.keys(c.labels ?? {}).sort(), c.id).toEqual(Object.keys(c.recomputed as object).sort());
      }
    }
    const associations = all.find((c) => c.id === 'arricod-2016.associations') as PublishedComparison;
    expect([associations.printed, associations.section]).toEqual(['la faible mobilisation des associations de solidarité', 'L’AICT économique sondée']);
    const zone = all.find((c) => c.id === 'arricod-2016.zone_cible') as PublishedComparison;
    expect(zone.printed).toEqual({ nsp: 40, europe_amerique_sud: 33, chine: 20, maroc: 7 });
    expect(zone.unit).toBe('pourcentage des répondants');
  });

  it('surveys without published figures answer an empty list', async () => {
    expect(await comparisons(app, 'enquete-annuelle')).toEqual([]);
  });
});
