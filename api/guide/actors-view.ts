import type { Actor, Guide } from '../../surveys/guide/load-guide.js';
import { cite } from './cite.js';

const GROUP_LABELS: Record<Actor['group'], string> = {
  etat: 'L’État et ses opérateurs',
  collectivites: 'Les collectivités',
  agences: 'Les agences de développement économique',
  chambres: 'Les chambres consulaires',
  syndicats: 'Les syndicats d’entreprises et fédérations professionnelles',
  poles: 'Les pôles de compétitivité et clusters',
  entreprises: 'Les entreprises',
  conseillers: 'Les conseillers et prestataires',
};

const WHERE_LABELS: Record<NonNullable<Actor['where']>, string> = {
  france: 'En France',
  etranger: 'À l’étranger',
  france_et_etranger: 'En France et à l’étranger',
};

/**
 * « Qui fait quoi à l’export » : the actors of Fiche pratique 1, each with its role as the
 * guide gives it, where the guide places its action (null when the text does not say), and
 * its sources. In the guide's order.
 */
export function actorsView(guide: Guide) {
  const { map, actors } = guide.actors;
  return {
    title: 'Qui fait quoi à l’export',
    map: { title: map.title, summary: map.summary, note: map.note ?? null, ...cite(map) },
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      abbreviation: a.abbreviation ?? null,
      group: a.group,
      groupLabel: GROUP_LABELS[a.group],
      where: a.where,
      whereLabel: a.where ? WHERE_LABELS[a.where] : null,
      mapLabel: a.mapLabel,
      role: a.role,
      site: a.site ?? null,
      note: a.note ?? null,
      section: a.section,
      ...cite(a),
    })),
  };
}

export type ActorsView = ReturnType<typeof actorsView>;
