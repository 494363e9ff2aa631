import type { Selectable } from 'kysely';
import type { CampaignsTable } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { DomainError } from '../domain/domain-error.js';
import { composeInvitationMail } from '../mail/compose-invitation-mail.js';
import { outboxRow } from '../outbox/new-outbox-message.js';
import { findCampaignInvitation } from '../queries/find-campaign-invitation.js';
import { insertOutboxMessages } from '../queries/insert-outbox-messages.js';
import { replaceInvitationCode } from '../queries/replace-invitation-code.js';
import { displayLabel } from '../registry/registry.js';
import { hashToken, newToken } from '../security/tokens.js';
import type { CreatedInvitation } from './invite-collectivites.js';

/**
 * A new link for an invited collectivity (a lost or leaked one): the old code stops opening
 * anything, the response it may hold stays bound, and — mail on, addresses known — the new
 * link is e-mailed, queued in the transaction that replaces the code.
 */
export async function reissueInvitation(
  deps: Pick<AppDeps, 'db' | 'registry' | 'catalog' | 'mail'>,
  campaign: Selectable<CampaignsTable>,
  collectivite: string,
  now: Date,
): Promise<CreatedInvitation> {
  const invitation = await findCampaignInvitation(deps.db, campaign.survey_id, campaign.campaign, collectivite);
  if (!invitation) {
    throw new DomainError('introuvable', 'invitation_inconnue', `La collectivité «\u202f${collectivite}\u202f» n’est pas invitée à la campagne «\u202f${campaign.campaign}\u202f»\u202f: invitez-la d’abord.`);
  }
  const entry = deps.registry.get(collectivite);
  const label = entry ? displayLabel(entry) : collectivite;
  const emails = JSON.parse(invitation.emails) as string[];
  const code = newToken();
  const mail = deps.mail;
  const draft =
    mail && emails.length > 0
      ? await composeInvitationMail(mail.publicUrl, { kind: 'nouveau_lien', campaign, surveyTitle: deps.catalog.get(campaign.survey_id)?.title ?? campaign.survey_id, collectivite, label, emails, code })
      : null;
  await deps.db.transaction().execute(async (trx) => {
    if (!(await replaceInvitationCode(trx, invitation.code_hash, hashToken(code), emails.length > 0 ? code : null))) {
      throw new DomainError('modifiee_entre_temps', 'invitation_modifiee', 'Le lien de cette invitation vient d’être remplacé par une autre demande\u202f: rechargez la page.');
    }
    if (draft) await insertOutboxMessages(trx, [outboxRow(draft, now.toISOString())]);
  });
  if (draft) mail?.notify();
  return { collectivite, label, code, path: `/invitation/${code}`, emails, mailed: draft !== null };
}
