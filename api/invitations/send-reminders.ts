import type { Insertable, Selectable } from 'kysely';
import { assertCampaignOpen } from '../campaigns/campaign-rules.js';
import type { CampaignsTable, OutboxTable } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { DomainError } from '../domain/domain-error.js';
import { composeInvitationMail } from '../mail/compose-invitation-mail.js';
import { outboxRow } from '../outbox/new-outbox-message.js';
import { insertOutboxMessages } from '../queries/insert-outbox-messages.js';
import { listReminderTargets } from '../queries/list-reminder-targets.js';
import { displayLabel } from '../registry/registry.js';

export function mailDisabled(): DomainError {
  return new DomainError(
    'conflit',
    'courriel_desactive',
    'L’envoi de courriels n’est pas configuré sur ce service (SMTP_URL)\u202f: copiez les liens et transmettez-les vous-même.',
  );
}

/**
 * A reminder to every invited collectivity of an open campaign that has addresses and no
 * complete response yet, with its own link again; all queued in one transaction.
 */
export async function sendReminders(deps: Pick<AppDeps, 'db' | 'registry' | 'catalog' | 'mail'>, campaign: Selectable<CampaignsTable>, now: Date): Promise<{ sent: number }> {
  const mail = deps.mail;
  if (!mail) throw mailDisabled();
  await assertCampaignOpen(deps.db, campaign.survey_id, campaign.campaign, now);
  const surveyTitle = deps.catalog.get(campaign.survey_id)?.title ?? campaign.survey_id;
  const createdAt = now.toISOString();
  const messages: Insertable<OutboxTable>[] = [];
  for (const invitation of await listReminderTargets(deps.db, campaign.survey_id, campaign.campaign)) {
    const entry = deps.registry.get(invitation.collectivite);
    const draft = await composeInvitationMail(mail.publicUrl, {
      kind: 'relance',
      campaign,
      surveyTitle,
      collectivite: invitation.collectivite,
      label: entry ? displayLabel(entry) : invitation.collectivite,
      emails: JSON.parse(invitation.emails) as string[],
      code: invitation.code!,
    });
    messages.push(outboxRow(draft, createdAt));
  }
  await deps.db.transaction().execute((trx) => insertOutboxMessages(trx, messages));
  if (messages.length > 0) mail.notify();
  return { sent: messages.length };
}
