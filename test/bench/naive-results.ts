import type Database from 'better-sqlite3';
import { summaryStats } from '../../analysis/summary-stats.js';

/**
 * The baseline: what a browser dashboard does — load every response's answers, parse them,
 * and count in JavaScript, per type of collectivity. It computes the same counts, bases and
 * number statistics as the results document (not the rendering), so the comparison is fair.
 */
export function naiveResults(sqlite: Database.Database, surveyId: string, campaign: string) {
  const rows = sqlite
    .prepare(`select answers from responses where survey_id = ? and campaign = ? and status = 'complete'`)
    .all(surveyId, campaign) as { answers: string }[];
  type Counts = Map<string, number>;
  const groups = new Map<string, { n: number; counts: Counts; numbers: Map<string, number[]> }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { n: 0, counts: new Map(), numbers: new Map() }));
    return g;
  };
  const add = (counts: Counts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { answers: text } of rows) {
    const answers = JSON.parse(text) as Record<string, unknown>;
    for (const g of [group('*'), group(String(answers.collectivite_type))]) {
      g.n++;
      for (const [q, v] of Object.entries(answers)) {
        if (q === 'collectivite') continue;
        if (typeof v === 'number') {
          const list = g.numbers.get(q) ?? [];
          list.push(v);
          g.numbers.set(q, list);
        } else if (Array.isArray(v)) {
          add(g.counts, `${q}|`);
          for (const x of v) add(g.counts, `${q}||${x}`);
        } else if (v && typeof v === 'object') {
          for (const [row, cell] of Object.entries(v)) {
            add(g.counts, `${q}|${row}|`);
            add(g.counts, `${q}|${row}|${String(cell)}`);
          }
        } else {
          add(g.counts, `${q}|`);
          add(g.counts, `${q}||${String(v)}`);
        }
      }
    }
  }
  const out: Record<string, { n: number; counts: Record<string, number>; stats: Record<string, unknown> }> = {};
  for (const [key, g] of groups) {
    out[key] = {
      n: g.n,
      counts: Object.fromEntries(g.counts),
      stats: Object.fromEntries([...g.numbers].map(([q, values]) => [q, summaryStats(values)])),
    };
  }
  return out;
}
