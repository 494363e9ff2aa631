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

/** Our French reading of a figure or finding, with the guide's own sentence that states it. */
export interface PublishedReading {
  /** The guide section (`surveys/guide/sections.json`) of `quote`. */
  section: string;
  /** A verbatim passage of the source that states the figure or finding. */
  quote: string;
  /** How the chart was read, or what the finding's check compares, in French. */
  reading: string;
  /** What the values are, e.g. « pourcentage des répondants ». */
  unit: string;
  /** A French label for each recomputed value of a finding, by its key. */
  labels?: Record<string, string>;
}

/** The French readings of every figure and finding, by id (`surveys/published-readings.json`). */
export function loadPublishedReadings(): Record<string, PublishedReading> {
  const require = createRequire(import.meta.url);
  return (require('../../surveys/published-readings.json') as { readings: Record<string, PublishedReading> }).readings;
}

/** The survey a finding is about: its id starts with the survey id. */
export function findingSurvey(finding: PublishedFinding): string {
  return finding.id.slice(0, finding.id.lastIndexOf('.'));
}
