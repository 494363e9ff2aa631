import type { Guide, Skill } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';

/** The scale of the optional skills matrices: 0 to acquire, 1 to strengthen, 2 acquired. */
export const SKILL_STATUS_LABELS = ['à acquérir', 'à renforcer', 'acquise'] as const;
const ACQUIRED = 2;

type Part = 'savoir_faire' | 'savoir' | 'savoir_etre';

/** Every skill of the guide's grid with the self-diagnosis matrix that rates it, in the grid's order. */
export function skillsOfGrid(guide: Guide): { question: string; part: Part; group: string | null; skill: Skill }[] {
  const { savoirFaire, savoir, savoirEtre, savoirEtreQuestion } = guide.implementation.skills;
  return [
    ...savoirFaire.flatMap((g) => g.items.map((skill) => ({ question: g.question, part: 'savoir_faire' as Part, group: g.name, skill }))),
    ...savoir.flatMap((g) => g.items.map((skill) => ({ question: g.question, part: 'savoir' as Part, group: g.name, skill }))),
    ...savoirEtre.map((skill) => ({ question: savoirEtreQuestion, part: 'savoir_etre' as Part, group: null, skill })),
  ];
}

/**
 * The training section of a self-diagnosis: the skills of the guide's grid the team rated
 * « à acquérir » then « à renforcer », each with its passage, and why the guide's authors
 * recommend training (the Kit de survie). Unrated skills are left out; when none is rated,
 * `rated` is 0 and the list is empty.
 */
export function trainingNeeds(guide: Guide, answers: Readonly<Record<string, unknown>>) {
  const grid = skillsOfGrid(guide);
  const rated = grid.flatMap((g) => {
    const given = answers[g.question];
    const status = given && typeof given === 'object' ? (given as Record<string, unknown>)[g.skill.code] : undefined;
    return typeof status === 'number' && Number.isInteger(status) && status >= 0 && status <= ACQUIRED ? [{ ...g, status }] : [];
  });
  const toWork = rated.filter((r) => r.status < ACQUIRED).sort((a, b) => a.status - b.status);
  const recommendation = guide.kitDeSurvie.recommendations.find((r) => r.surveyCode === 'formation_agents_ri');
  return {
    total: grid.length,
    rated: rated.length,
    why: recommendation ? { text: recommendation.summary, ...cite(recommendation).source } : null,
    skills: toWork.map((r) => ({
      code: r.skill.code,
      question: r.question,
      label: r.skill.label,
      part: r.part,
      group: r.group,
      status: r.status,
      statusLabel: SKILL_STATUS_LABELS[r.status]!,
      section: r.skill.section,
      ...cite(r.skill),
    })),
  };
}
