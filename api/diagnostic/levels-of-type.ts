import type { Guide, LevelCode } from '../../surveys/guide/load-guide.js';

/**
 * The guide's levels (`niveaux.json`) that cover a `collectivite_type`: a métropole is both
 * « métropoles » and « EPCI », and every known type is in « tous ». None for an unknown or
 * missing type (`autre`, or no answer).
 */
export function levelsOfType(guide: Guide, type: string | null): LevelCode[] {
  if (!type) return [];
  return guide.levels.filter((l) => l.collectiviteTypes.includes(type)).map((l) => l.level);
}
