import type { Migration } from 'kysely';
import * as responses from './2026-11-22T2140-responses.js';
import * as campaigns from './2026-11-22T2220-campaigns.js';
import * as answerCounts from './2026-11-22T2225-answer-counts.js';
import * as campaignOperations from './2026-11-22T2300-campaign-operations.js';
import * as responseVersion from './2026-11-22T2330-response-version.js';
import * as answerValuesQuestionIndex from './2026-11-23T0900-answer-values-question-index.js';
import * as answerGroupCounts from './2026-11-23T0910-answer-group-counts.js';
import * as verifiedResponses from './2026-11-23T2100-verified-responses.js';
import * as mailOutbox from './2026-11-23T2230-mail-outbox.js';
import * as invitationOpened from './2026-11-24T0900-invitation-opened.js';
import * as answersStoredOnce from './2026-11-24T0910-answers-stored-once.js';
import * as respondentCells from './2026-11-24T0925-respondent-cells.js';
import * as keyedTablesWithoutRowid from './2026-11-24T2100-keyed-tables-without-rowid.js';

/**
 * Every migration, named by date and time. Kysely runs them in name order and refuses a
 * new one that sorts before one already run, so a new name must sort after all of these
 * (a test checks the order).
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22T2140-responses': responses,
  '2026-11-22T2220-campaigns': campaigns,
  '2026-11-22T2225-answer-counts': answerCounts,
  '2026-11-22T2300-campaign-operations': campaignOperations,
  '2026-11-22T2330-response-version': responseVersion,
  '2026-11-23T0900-answer-values-question-index': answerValuesQuestionIndex,
  '2026-11-23T0910-answer-group-counts': answerGroupCounts,
  '2026-11-23T2100-verified-responses': verifiedResponses,
  '2026-11-23T2230-mail-outbox': mailOutbox,
  '2026-11-24T0900-invitation-opened': invitationOpened,
  '2026-11-24T0910-answers-stored-once': answersStoredOnce,
  '2026-11-24T0925-respondent-cells': respondentCells,
  '2026-11-24T2100-keyed-tables-without-rowid': keyedTablesWithoutRowid,
};
