import { Hono } from 'hono';
import { campaignState } from '../campaigns/campaign-state.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../http/errors.js';
import { findInvitation } from '../queries/find-invitation.js';
import { markInvitationOpened } from '../queries/mark-invitation-opened.js';
import { displayLabel } from '../registry/registry.js';
import { hashToken } from '../security/tokens.js';

/** What an invitation link opens: the survey, the campaign, the collectivity, and its response if begun. */
export function invitationsRoutes(deps: AppDeps) {
  return new Hono().get('/:code', async (c) => {
    const invitation = await findInvitation(deps.db, hashToken(c.req.param('code')));
    if (!invitation) {
      throw new ApiError(404, 'invitation_inconnue', 'Ce lien d’invitation n’est pas valide. Vérifiez que vous l’avez copié en entier.');
    }
    if (invitation.opened_at === null) await markInvitationOpened(deps.db, invitation.code_hash, deps.clock.now().toISOString());
    const entry = deps.registry.get(invitation.collectivite);
    return c.json({
      surveyId: invitation.survey_id,
      campaign: invitation.campaign,
      collectivite: { key: invitation.collectivite, label: entry ? displayLabel(entry) : invitation.collectivite },
      responseId: invitation.response_id,
      campaignState: await campaignState(deps.db, invitation.survey_id, invitation.campaign, deps.clock.now()),
    });
  });
}
