import { describe, expect, it } from 'vitest';
import { loadPublishedFigures, loadPublishedTitles } from '../../api/results/published-figures.js';

describe('the French titles of the guide’s figures', () => {
  it('name every figure and finding, and nothing else', () => {
    const published = loadPublishedFigures();
    const ids = [...published.figures, ...published.findings].map((f) => f.id).sort();
    expect(Object.keys(loadPublishedTitles()).sort()).toEqual(ids);
  });
});
