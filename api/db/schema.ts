import type { Generated } from 'kysely';

/**
 * One row per response; `answers` keeps the SurveyJS data exactly as validated (JSON text),
 * the only copy of the answers: counts, recounts and exports read it through the question kinds.
 */
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
  /** Answered through an invitation, or validated by the administrator ('verifiee'); set aside ('ecartee'); or waiting. */
  verification: Verification;
  /**
   * 1 when the response is in the aggregates (results, peers, the guide's figures): complete,
   * verified, and its collectivity's latest such response; 0 otherwise. The pre-aggregated
   * counts are exactly the sum of the counted responses.
   */
  counted: number;
}

export type Verification = 'en_attente' | 'verifiee' | 'ecartee';

/**
 * See migration 2026-11-22T2225-answer-counts. Empty strings stand for "not answered" in the profile columns.
 * The row whose question, row_key, col_key and value are all '' is the respondent cell
 * (RESPONDENT_CELL in api/instruments/counted-cells.ts): it counts the counted responses of
 * its profile, whatever they answered, so a campaign's total is a sum of rows. No question
 * can be named '' (an instrument's questions need a name). answer_group_counts holds it too,
 * per grouping answer.
 */
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
  /** The last publication, kept when it is withdrawn: what a republication is compared with. */
  last_published_at: string | null;
}

/**
 * The statistics a peer group is compared with, frozen at `taken_at`: its counts for the
 * questions its instrument compares on. `strate_population` '' is the group of the whole
 * type. Replaced at most once a day, and only once enough of its members have changed.
 */
export interface PeerSnapshotsTable {
  survey_id: string;
  campaign: string;
  collectivite_type: string;
  strate_population: string;
  taken_at: string;
  /** Members (counted responses) of the group at `taken_at`. */
  n: number;
}

/** A peer group's counts as they stood at its snapshot: the same cells as `answer_counts`. */
export type PeerSnapshotCountsTable = AnswerCountsTable;

/**
 * The members of a peer group whose share changed since its snapshot (added, edited,
 * removed), each once, with the share the snapshot holds of it. They decide which
 * statistics of the snapshot may be replaced, and let a reader's own share be taken out.
 */
/**
 * The responses of a campaign whose share of its results changed since their last
 * publication, each once, with the answers it was counted with then (null: not counted).
 * A republication compares them with the responses as they now count.
 */
export interface PublicationChangesTable {
  survey_id: string;
  campaign: string;
  response_id: string;
  before_answers: string | null;
}

export interface PeerChangesTable {
  survey_id: string;
  campaign: string;
  collectivite_type: string;
  strate_population: string;
  response_id: string;
  /**
   * The member's share of the group as its snapshot holds it, statistic by statistic
   * (JSON of a StatisticShare; {} when it was not a member).
   */
  before_share: string;
}

/** One invitation = one collectivity invited to one campaign; its code (hashed) opens its one response. */
export interface InvitationsTable {
  code_hash: string;
  survey_id: string;
  campaign: string;
  collectivite: string;
  response_id: string | null;
  created_at: string;
  /** The collectivity's e-mail addresses (JSON array of strings; '[]': none). */
  emails: string;
  /**
   * The link's code itself, kept only for an invitation with addresses: reminders and
   * receipts carry the link again. Null otherwise: only its hash is known.
   */
  code: string | null;
  /** When its link was first opened (ISO instant); null: never. */
  opened_at: string | null;
}

export type MailKind = 'invitation' | 'relance' | 'nouveau_lien' | 'accuse_reception';
export type MailStatus = 'en_attente' | 'envoye' | 'echec';

/**
 * One message to send, written in the transaction of what causes it (an invitation, a
 * reminder, a new link, a completed response) and sent by the outbox worker. Its id is the
 * local part of its Message-ID, so that a message sent twice is recognisable as one.
 */
export interface OutboxTable {
  /** The order of queuing. */
  seq: Generated<number>;
  id: string;
  kind: MailKind;
  survey_id: string;
  campaign: string;
  collectivite: string;
  /** JSON array of addresses. */
  recipients: string;
  subject: string;
  /** Emptied once the message is sent or given up: it may carry a link's secret. */
  text_body: string;
  html_body: string;
  status: MailStatus;
  attempts: Generated<number>;
  /** Null: at once. */
  next_attempt_at: string | null;
  /** A worker is sending it until then (a worker that died leaves it to be taken again after). */
  claimed_until: string | null;
  last_attempt_at: string | null;
  /** Why the last attempt failed, as the mail server or the connection said. */
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  responses: ResponsesTable;
  campaigns: CampaignsTable;
  answer_counts: AnswerCountsTable;
  answer_group_counts: AnswerGroupCountsTable;
  invitations: InvitationsTable;
  settings: SettingsTable;
  peer_snapshots: PeerSnapshotsTable;
  peer_snapshot_counts: PeerSnapshotCountsTable;
  peer_changes: PeerChangesTable;
  publication_changes: PublicationChangesTable;
  outbox: OutboxTable;
}
