import { FINDING_CHECKS } from '../../surveys/published-findings.js';
import { findingSurvey, type PublishedFiguresFile } from './published-figures.js';

/**
 * The questions of a survey that what its source published constrains: the question of
 * each of its figures, and every question the check of each of its findings reads.
 */
export function sourcedQuestions(published: PublishedFiguresFile, surveyId: string): Set<string> {
  const sourced = new Set(published.figures.filter((f) => f.survey === surveyId).map((f) => f.question));
  for (const finding of published.findings) {
    if (findingSurvey(finding) !== surveyId) continue;
    const check = FINDING_CHECKS[finding.id];
    if (!check) throw new Error(`Aucun calcul pour le constat «\u202f${finding.id}\u202f»`);
    for (const question of check.reads) sourced.add(question);
  }
  return sourced;
}
