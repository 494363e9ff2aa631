import { formatDate } from '../format';
import { formatLastDay } from './french-dates';
import type { CampaignState } from './open-survey';

/** Why a campaign takes no answer: "La campagne a été close le 15 mars 2027." */
export function closedSentence({ closesAt }: CampaignState): string {
  return closesAt && new Date(closesAt).getTime() <= Date.now()
    ? `La campagne a été close le ${formatDate(closesAt)}.`
    : 'La campagne n’est pas encore ouverte.';
}

/** "Vous pouvez répondre jusqu’au 15 mars 2027.", or nothing when the campaign has no closing date. */
export function deadlineSentence({ closesAt }: CampaignState): string | null {
  return closesAt ? `Vous pouvez répondre jusqu’au ${formatLastDay(closesAt)}.` : null;
}

/** Until when a finished response may be changed: "jusqu’au 15 mars 2027", or until the campaign closes. */
export function editableUntil({ closesAt }: CampaignState): string {
  return closesAt ? `jusqu’au ${formatLastDay(closesAt)}` : 'jusqu’à la clôture de la campagne';
}

/** The results page of the campaign. */
export const resultsHref = (surveyId: string, { campaign }: CampaignState) => `/resultats/${encodeURIComponent(surveyId)}?campagne=${encodeURIComponent(campaign)}`;
