import type { Insertable, Selectable } from 'kysely';
import type { InvitationsTable, OutboxTable, ResponsesTable } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import type { Answers } from '../instruments/answers.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { composeReceipt } from '../mail/compose-receipt.js';
import { outboxRow } from '../outbox/new-outbox-message.js';
import { findCampaign } from '../queries/find-campaign.js';
import { findInvitationOfResponse } from '../queries/find-invitation-of-response.js';

type ReceiptDeps = Pick<AppDeps, 'db' | 'registry' | 'clock' | 'mail'>;

/*
 * A receipt goes to the invitation's addresses each time one of its responses becomes
 * complete: at a creation as complete, and at an edit from partial to complete (after a
 * reopening too: it then summarises the answers as they were completed again). Saving an
 * already complete response sends nothing. Mail off, or no address: nothing.
 */

async function receipt(deps: ReceiptDeps, instrument: LoadedInstrument, invitation: Selectable<InvitationsTable>, answers: Answers, link: { href: string; private: boolean }) {
  const emails = JSON.parse(invitation.emails) as string[];
  const campaign = await findCampaign(deps.db, invitation.survey_id, invitation.campaign);
  if (!deps.mail || emails.length === 0 || !campaign) return null;
  const now = deps.clock.now();
  const draft = await composeReceipt({
    instrument,
    registry: deps.registry,
    campaign,
    collectivite: invitation.collectivite,
    emails,
    answers,
    link: link.href,
    privateLink: link.private,
    completedAt: now,
  });
  return outboxRow(draft, now.toISOString());
}

/** For a response created through an invitation: its receipt, with the private link that only its creation knows. */
export function receiptAtCreation(deps: ReceiptDeps, instrument: LoadedInstrument, invitation: Selectable<InvitationsTable>) {
  const mail = deps.mail;
  if (!mail || invitation.emails === '[]') return undefined;
  return ({ id, token, answers }: { id: string; token: string; answers: Answers }) =>
    receipt(deps, instrument, invitation, answers, { href: `${mail.publicUrl}/reponses/${id}#jeton=${token}`, private: true });
}

/** For an edit: the receipt when it completes a partial response of an invitation, with the invitation's link (the token is not known then). */
export async function receiptOnCompletion(
  deps: ReceiptDeps,
  instrument: LoadedInstrument,
  row: Selectable<ResponsesTable>,
  answers: Answers,
  status: ResponseStatus,
): Promise<Insertable<OutboxTable> | null> {
  const mail = deps.mail;
  if (!mail || row.status === 'complete' || status !== 'complete') return null;
  const invitation = await findInvitationOfResponse(deps.db, row.id);
  if (!invitation?.code) return null;
  return receipt(deps, instrument, invitation, answers, { href: `${mail.publicUrl}/invitation/${invitation.code}`, private: false });
}
