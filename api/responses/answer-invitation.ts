import type { AppDeps } from '../deps.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { assertCampaignOpen } from '../campaigns/campaign-rules.js';
import { DomainError } from '../domain/domain-error.js';
import type { ResponseStatus } from '../instruments/validate-answers.js';
import { findInvitation } from '../queries/find-invitation.js';
import { hashToken } from '../security/tokens.js';
import { createResponse, type CreatedResponse } from './create-response.js';
import { receiptAtCreation } from './queue-receipt.js';

/**
 * A response through an invitation: it joins the invitation's campaign, answers for the
 * invited collectivity (another one is refused), and is the only response of that
 * invitation — a second one is refused with the id of the first, which the invitation
 * link resumes.
 */
export async function answerInvitation(
  deps: Pick<AppDeps, 'db' | 'registry' | 'clock' | 'catalog' | 'writer' | 'mail'>,
  instrument: LoadedInstrument,
  answers: Record<string, unknown>,
  status: ResponseStatus,
  code: string,
): Promise<CreatedResponse> {
  const codeHash = hashToken(code);
  const invitation = await findInvitation(deps.db, codeHash);
  if (!invitation || invitation.survey_id !== instrument.id) {
    throw new DomainError('introuvable', 'invitation_inconnue', 'Ce lien d’invitation n’est pas valide pour ce questionnaire. Vérifiez que vous l’avez copié en entier.');
  }
  if (invitation.response_id) {
    throw new DomainError('conflit', 'invitation_deja_utilisee', 'Cette invitation a déjà servi à répondre\u202f: rouvrez le lien d’invitation pour reprendre la réponse existante.', [
      { code: 'reponse_existante', message: 'Réponse existante de cette collectivité.', responseId: invitation.response_id },
    ]);
  }
  await assertCampaignOpen(deps.db, invitation.survey_id, invitation.campaign, deps.clock.now());
  if (answers.collectivite !== undefined && answers.collectivite !== invitation.collectivite) {
    throw new DomainError('invalide', 'reponses_invalides', 'Cette invitation est adressée à une autre collectivité.', [
      { question: 'collectivite', code: 'collectivite_imposee', message: 'Une invitation vaut pour la collectivité invitée\u202f: laissez-la telle quelle.' },
    ]);
  }
  // Answered through its invitation: the collectivity is who it says, the response is verified.
  const receipt = receiptAtCreation(deps, instrument, invitation);
  const created = await createResponse(deps, instrument, { ...answers, collectivite: invitation.collectivite }, status, {
    campaign: invitation.campaign,
    verified: true,
    invitationCodeHash: codeHash,
    receipt,
  });
  if (receipt && status === 'complete') deps.mail?.notify();
  return created;
}
