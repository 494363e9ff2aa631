import type { Migration } from 'kysely';
import * as responses from './2026-11-22-responses.js';
import * as campaigns from './2026-11-23-campaigns.js';
import * as answerCounts from './2026-11-23-answer-counts.js';

/** Every migration, named by date; Kysely runs them in name order. */
export const migrations: Record<string, Migration> = {
  '2026-11-22-responses': responses,
  '2026-11-23-campaigns': campaigns,
  '2026-11-23-answer-counts': answerCounts,
};
