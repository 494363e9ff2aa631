import type { Guide } from '../../surveys/guide/load-guide.js';
import { cite } from './cite.js';

/**
 * The abbreviations for the web's glossary, in alphabetical order: each expansion, whether
 * the guide itself gives it (otherwise it is the usual one), and the passage that uses it.
 */
export function abbreviationsView(guide: Guide) {
  return [...guide.abbreviations]
    .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, 'fr'))
    .map((a) => ({
      abbreviation: a.abbreviation,
      expansion: a.expansion,
      fromGuide: a.fromGuide,
      note: a.note ?? null,
      ...cite(a),
    }));
}
