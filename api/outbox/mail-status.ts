import type { MailKind, MailStatus } from '../db/schema.js';
import type { LastMail } from '../queries/list-last-mails.js';

/** Where an invitation's last message stands, for the tracking page to word (« envoyé le… », « échec : … », « en attente »). */
export interface MailView {
  kind: MailKind;
  status: MailStatus;
  /** Sent: when the server accepted it; given up: the last attempt; waiting: when it was queued. */
  date: string;
  /** The last failure's reason (a waiting message may have failed before and be tried again). */
  reason: string | null;
  attempts: number;
}

export function mailView(mail: LastMail | undefined): MailView | null {
  if (!mail) return null;
  const date = mail.status === 'envoye' ? mail.sent_at : mail.status === 'echec' ? mail.last_attempt_at : mail.created_at;
  return { kind: mail.kind, status: mail.status, date: date ?? mail.created_at, reason: mail.last_error, attempts: Number(mail.attempts) };
}
