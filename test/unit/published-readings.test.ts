import { describe, expect, it } from 'vitest';
import { loadPublishedFigures, loadPublishedReadings } from '../../api/results/published-figures.js';
import { alterOneWord, isCited } from '../helpers/guide-quotes.js';

const published = loadPublishedFigures();
const readings = loadPublishedReadings();
const ids = [...published.figures, ...published.findings].map((f) => f.id);

/** Common English words: a French reading has none of them. */
const ENGLISH = [' the ', ' of ', ' and ', 'respondents', ' is ', ' are ', ' with ', ' which '];

describe('the French readings of the guide’s figures and findings', () => {
  it('cover every figure and finding, and nothing else', () => {
    expect(Object.keys(readings).sort()).toEqual([...ids].sort());
  });

  it('give each the guide’s own sentence, verbatim in the source of its section', () => {
    for (const [id, r] of Object.entries(readings)) {
      expect(isCited(r), `${id}: ${r.section} « ${r.quote} »`).toBe(true);
      expect(isCited({ ...r, quote: alterOneWord(r.quote) }), id).toBe(false);
    }
    expect(readings['arricod-2016.associations']!.quote).toBe('la faible mobilisation des associations de solidarité');
  });

  it('are French: no English word in a reading, a unit or a label (their typography: french-typography.test.ts)', () => {
    for (const [id, r] of Object.entries(readings)) {
      const texts = [r.reading, r.unit, ...Object.values(r.labels ?? {})];
      for (const text of texts) {
        for (const word of ENGLISH) expect(` ${text} `.toLowerCase().includes(word), `${id}: « ${word.trim()} » in ${text}`).toBe(false);
      }
      expect(r.reading.length, id).toBeGreaterThan(40);
    }
    // The check itself: an English reading fails it.
    expect(ENGLISH.some((w) => ` ${published.figures[0]!.reading} `.toLowerCase().includes(w))).toBe(true);
  });

  it('label every value a finding recomputes', () => {
    const keys: Record<string, string[]> = {
      'arricod-2014.initiative': ['dri', 'dev_eco'],
      'arricod-2016.associations': ['chambres_consulaires', 'laboratoires_universites', 'associations_solidarite', 'reseaux', 'entreprises', 'agences_developpement'],
    };
    for (const [id, expected] of Object.entries(keys)) expect(Object.keys(readings[id]!.labels ?? {}).sort(), id).toEqual([...expected].sort());
    for (const f of published.findings) expect(readings[f.id]!.labels, f.id).toBeDefined();
  });
});
