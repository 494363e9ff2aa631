import type { Comparison } from './published-checks.js';
import type { PublishedReading } from './published-figures.js';

/**
 * A comparison as the pages show it: the French reading instead of the English one of the
 * shared spec, the guide's own sentence (`quote`, with its `section`), the unit and labels of
 * the values. A finding's printed value is that sentence: what the guide printed is words.
 */
export function inFrench(c: Comparison, readings: Readonly<Record<string, PublishedReading>>) {
  const r = readings[c.id];
  if (!r) throw new Error(`Aucune lecture en français pour «\u202f${c.id}\u202f» (surveys/published-readings.json)`);
  return {
    ...c,
    printed: c.type === 'finding' ? r.quote : c.printed,
    reading: r.reading,
    unit: r.unit,
    labels: r.labels ?? null,
    section: r.section,
    quote: r.quote,
  };
}
