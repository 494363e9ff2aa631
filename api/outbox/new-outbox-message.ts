import type { Insertable } from 'kysely';
import type { MailKind, OutboxTable } from '../db/schema.js';
import { newOrderedId } from '../security/tokens.js';

/** A message as composed, before it is queued. */
export interface MailDraft {
  kind: MailKind;
  surveyId: string;
  campaign: string;
  collectivite: string;
  recipients: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * The outbox row of a message, to be written in the transaction of what causes it. Its id
 * (128 random bits) makes its Message-ID: a message sent twice carries the same one.
 */
export function outboxRow(draft: MailDraft, createdAt: string): Insertable<OutboxTable> {
  return {
    id: newOrderedId(),
    kind: draft.kind,
    survey_id: draft.surveyId,
    campaign: draft.campaign,
    collectivite: draft.collectivite,
    recipients: JSON.stringify(draft.recipients),
    subject: draft.subject,
    text_body: draft.text,
    html_body: draft.html,
    status: 'en_attente',
    next_attempt_at: null,
    claimed_until: null,
    last_attempt_at: null,
    last_error: null,
    created_at: createdAt,
    sent_at: null,
  };
}
