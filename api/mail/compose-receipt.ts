import { createElement } from 'react';
import type { Selectable } from 'kysely';
import type { CampaignsTable } from '../db/schema.js';
import type { Answers } from '../instruments/answers.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import type { MailDraft } from '../outbox/new-outbox-message.js';
import { displayLabel, type Registry } from '../registry/registry.js';
import { closingInWords, dateInWords } from './date-in-words.js';
import { fr } from '../../surveys/french-typography.js';
import { renderMail } from './render-mail.js';
import { summariseAnswers } from './summarise-answers.js';
import { ReceiptMail } from './templates/receipt-mail.js';

export interface ReceiptInput {
  instrument: LoadedInstrument;
  registry: Registry;
  campaign: Pick<Selectable<CampaignsTable>, 'survey_id' | 'campaign' | 'label' | 'closes_at'>;
  collectivite: string;
  emails: string[];
  answers: Answers;
  /** The response's private link, or the invitation's. */
  link: string;
  privateLink: boolean;
  completedAt: Date;
}

/** The receipt of a completed response, in French: when, the link that reopens it, and the answers in words. */
export async function composeReceipt(input: ReceiptInput): Promise<MailDraft> {
  const entry = input.registry.get(input.collectivite);
  const { html, text } = await renderMail(
    createElement(ReceiptMail, {
      collectivity: entry ? displayLabel(entry) : input.collectivite,
      survey: input.instrument.title,
      campaign: input.campaign.label,
      completed: dateInWords(input.completedAt),
      link: input.link,
      privateLink: input.privateLink,
      closing: closingInWords(input.campaign.closes_at),
      answers: summariseAnswers(input.instrument, input.answers, input.registry),
    }),
  );
  return {
    kind: 'accuse_reception',
    surveyId: input.campaign.survey_id,
    campaign: input.campaign.campaign,
    collectivite: input.collectivite,
    recipients: input.emails,
    subject: fr`Réponse enregistrée : ${input.instrument.title} (campagne ${input.campaign.label})`,
    text,
    html,
  };
}
