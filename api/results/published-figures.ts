import { createRequire } from 'node:module';
import type { PublishedFigure, PublishedFinding } from './published-checks.js';

export interface PublishedFiguresFile {
  about: string;
  conventions: Record<string, string>;
  figures: PublishedFigure[];
  findings: PublishedFinding[];
}

/** What the guide publishes (a copy of shared/spec/published-figures.json; a test keeps them equal). */
export function loadPublishedFigures(): PublishedFiguresFile {
  const require = createRequire(import.meta.url);
  return require('../../surveys/published-figures.json') as PublishedFiguresFile;
}

/** Our French title of each figure and finding, by its id. */
export function loadPublishedTitles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return (require('../../surveys/published-titles.json') as { titles: Record<string, string> }).titles;
}

/** The survey a finding is about: its id starts with the survey id. */
export function findingSurvey(finding: PublishedFinding): string {
  return finding.id.slice(0, finding.id.lastIndexOf('.'));
}
