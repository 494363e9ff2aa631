import { createElement } from 'react';
import type { Selectable } from 'kysely';
import type { CampaignsTable } from '../db/schema.js';
import type { MailDraft } from '../outbox/new-outbox-message.js';
import { closingInWords } from './date-in-words.js';
import { fr } from '../../surveys/french-typography.js';
import { renderMail } from './render-mail.js';
import { InvitationMail, type InvitationMailKind } from './templates/invitation-mail.js';

export interface InvitationMailInput {
  kind: InvitationMailKind;
  campaign: Pick<Selectable<CampaignsTable>, 'survey_id' | 'campaign' | 'label' | 'closes_at'>;
  surveyTitle: string;
  collectivite: string;
  /** The collectivity's name, as the registry gives it. */
  label: string;
  emails: string[];
  code: string;
}

const SUBJECT: Record<InvitationMailKind, (survey: string, campaign: string) => string> = {
  invitation: (survey, campaign) => fr`Invitation : ${survey} (campagne ${campaign})`,
  relance: (survey, campaign) => fr`Rappel : ${survey} (campagne ${campaign})`,
  nouveau_lien: (survey, campaign) => fr`Nouveau lien : ${survey} (campagne ${campaign})`,
};

/** An invitation, a reminder or a new link, in French, with the collectivity's own link (`PUBLIC_URL/invitation/<code>`). */
export async function composeInvitationMail(publicUrl: string, input: InvitationMailInput): Promise<MailDraft> {
  const link = `${publicUrl}/invitation/${input.code}`;
  const { html, text } = await renderMail(
    createElement(InvitationMail, {
      kind: input.kind,
      collectivity: input.label,
      survey: input.surveyTitle,
      campaign: input.campaign.label,
      link,
      closing: closingInWords(input.campaign.closes_at),
    }),
  );
  return {
    kind: input.kind,
    surveyId: input.campaign.survey_id,
    campaign: input.campaign.campaign,
    collectivite: input.collectivite,
    recipients: input.emails,
    subject: SUBJECT[input.kind](input.surveyTitle, input.campaign.label),
    text,
    html,
  };
}
