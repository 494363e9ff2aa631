import type { Guide, LevelCode } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';

/**
 * The guide's level-by-level view of who does what (régions, métropoles, EPCI first for
 * promotion and export; communes and départements for related actions), each level marked
 * `own` when it covers the collectivity, its own levels first.
 */
export function echelons(guide: Guide, own: readonly LevelCode[]) {
  const levels = guide.levels.map((l) => ({
    level: l.level,
    name: l.name,
    own: own.includes(l.level),
    statements: l.statements.map((s) => ({ id: s.id, text: s.summary, section: s.section, ...cite(s) })),
  }));
  return [...levels.filter((l) => l.own), ...levels.filter((l) => !l.own)];
}
