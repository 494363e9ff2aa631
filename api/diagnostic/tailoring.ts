import type { CategoryCode, Guide, LevelCode, Tailoring } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';
import { categoryName } from './action-categories.js';

/** What the advice is tailored to: the collectivity's levels and the categories it carries out or plans. */
export interface Profile {
  levels: readonly LevelCode[];
  categories: readonly CategoryCode[];
}

/** The levels and categories of the profile a tailoring passage matches; null when it does not apply. */
export function matchTailoring(t: Tailoring, profile: Profile): { levels: LevelCode[]; categories: CategoryCode[] } | null {
  const levels = (t.levels ?? []).filter((l) => profile.levels.includes(l));
  const categories = (t.categories ?? []).filter((c) => profile.categories.includes(c));
  if (t.levels && levels.length === 0) return null;
  if (t.categories && categories.length === 0) return null;
  return { levels, categories };
}

/** The passages of an item that apply to this profile, each saying why it is shown. */
export function tailoredAdvice(guide: Guide, tailoring: readonly Tailoring[] | undefined, profile: Profile) {
  return (tailoring ?? []).flatMap((t) => {
    const match = matchTailoring(t, profile);
    if (!match) return [];
    const levelNames = match.levels.map((l) => guide.levels.find((x) => x.level === l)?.name ?? l);
    const reasons = [
      ...(levelNames.length > 0 ? [`votre échelon (${levelNames.join(', ')})`] : []),
      ...(match.categories.length > 0 ? [`vos actions (${match.categories.map((c) => categoryName(guide, c)).join(', ')})`] : []),
    ];
    return [{ id: t.id, because: `Pour ${reasons.join(' et ')}`, levels: match.levels, categories: match.categories, text: t.advice, ...cite(t) }];
  });
}
