import type { Generated } from 'kysely';

/** One row per response; `answers` keeps the SurveyJS data exactly as validated (JSON text). */
export interface ResponsesTable {
  id: string;
  survey_id: string;
  campaign: string;
  status: 'partial' | 'complete';
  /** SHA-256 of the response token: the token itself is never stored. */
  token_hash: string;
  answers: string;
  collectivite: string | null;
  collectivite_type: string | null;
  strate_population: string | null;
  created_at: string;
  updated_at: string;
  /** Raised by every edit; the response's ETag is "v<version>". */
  version: Generated<number>;
}

/**
 * The same answers, one row per response × question × row × column (× chosen value for
 * multiple choices), rewritten in the transaction that writes the response. Survey,
 * campaign and status are repeated here so that aggregations are index scans with GROUP BY
 * instead of JSON parsing. Empty string stands for "no row" / "no column".
 */
export interface AnswerValuesTable {
  id: Generated<number>;
  response_id: string;
  survey_id: string;
  campaign: string;
  status: 'partial' | 'complete';
  question: string;
  row_key: string;
  col_key: string;
  value: string;
  num: number | null;
  collectivite_type: string | null;
  strate_population: string | null;
}

/** See migration 2026-11-22T2225-answer-counts. Empty strings stand for "not answered" in the profile columns. */
export interface AnswerCountsTable {
  survey_id: string;
  campaign: string;
  collectivite_type: string;
  strate_population: string;
  question: string;
  row_key: string;
  col_key: string;
  /** '' counts the respondents who answered this question × row × column. */
  value: string;
  n: number;
}

/**
 * The same counts split by the answer to a single-choice question other than the profile
 * (the respondent's service, the partners' orientation…): the results broken down by such
 * a question then sum rows too instead of joining millions of answer rows.
 */
export interface AnswerGroupCountsTable {
  survey_id: string;
  campaign: string;
  group_question: string;
  group_value: string;
  question: string;
  row_key: string;
  col_key: string;
  /** '' counts the respondents who answered this question × row × column. */
  value: string;
  n: number;
}

export type CampaignNature = 'reelle' | 'reconstitution' | 'fictive';

export interface CampaignsTable {
  survey_id: string;
  campaign: string;
  label: string;
  nature: CampaignNature;
  note: string | null;
  created_at: string;
  /** ISO instants; null opens_at: open from creation; null closes_at: open until closed. */
  opens_at: string | null;
  closes_at: string | null;
  /** Set when the administrator publishes the results; until then only the administrator sees them. */
  published_at: string | null;
}

/** One invitation = one collectivity invited to one campaign; its code (hashed) opens its one response. */
export interface InvitationsTable {
  code_hash: string;
  survey_id: string;
  campaign: string;
  collectivite: string;
  response_id: string | null;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  responses: ResponsesTable;
  answer_values: AnswerValuesTable;
  campaigns: CampaignsTable;
  answer_counts: AnswerCountsTable;
  answer_group_counts: AnswerGroupCountsTable;
  invitations: InvitationsTable;
  settings: SettingsTable;
}
