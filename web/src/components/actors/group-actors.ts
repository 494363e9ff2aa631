import type { GuideActor } from '../../hooks/useGuideActors';

/** Actors that share a place of action, then a family. */
export interface ActorsWhere {
  where: GuideActor['where'];
  heading: string;
  families: { family: GuideActor['group']; heading: string; actors: GuideActor[] }[];
}

const WHERE_ORDER: GuideActor['where'][] = ['france', 'etranger', 'france_et_etranger', null];

/**
 * The actors by where the guide places their action (in France, abroad, both; then those
 * whose place the text does not give), and within each by the guide's families, in the
 * guide's order.
 */
export function groupActors(actors: readonly GuideActor[]): ActorsWhere[] {
  return WHERE_ORDER.flatMap((where) => {
    const here = actors.filter((a) => a.where === where);
    if (here.length === 0) return [];
    const families = [...new Set(here.map((a) => a.group))].map((family) => {
      const members = here.filter((a) => a.group === family);
      return { family, heading: members[0]!.groupLabel, actors: members };
    });
    return [{ where, heading: here[0]!.whereLabel ?? 'Sans lieu précisé par le guide', families }];
  });
}
