import type { AdminCampaign, CampaignTracking } from '../../api';
import { whenInWords } from '../admin/paris-time';

export type InvitationLine = CampaignTracking['invitations'][number];
export type InvitationStatus = InvitationLine['status'];

/** Where an invited collectivity stands, in words. */
export const STATUS_WORDS: Record<InvitationStatus, string> = {
  pas_ouverte: 'pas ouverte',
  ouverte: 'ouverte',
  en_cours: 'en cours',
  complete: 'complète',
};

const MAIL_KINDS: Record<string, string> = {
  invitation: 'invitation',
  relance: 'relance',
  nouveau_lien: 'nouveau lien',
  accuse_reception: 'accusé de réception',
};

/** The last message of an invitation: « envoyé le 23 novembre 2026 à 14 h 32 », « échec : … », « en attente ». */
export function mailInWords(mail: NonNullable<InvitationLine['mail']>): string {
  if (mail.status === 'envoye') return `envoyé le ${whenInWords(mail.date)}`;
  if (mail.status === 'echec') return `échec\u202f: ${mail.reason ?? 'raison inconnue'}`;
  return mail.reason ? `en attente (nouvel essai après\u202f: ${mail.reason})` : 'en attente';
}

export const mailKindInWords = (kind: string) => MAIL_KINDS[kind] ?? kind;

type Phased = Pick<AdminCampaign, 'phase' | 'opensAt' | 'closesAt' | 'publishedAt'>;

/** Where a campaign stands, with its dates: « ouverte jusqu’au 15 mars 2027 à 0 h 00 », « close depuis le … ». */
export function phaseInWords(c: Phased): string {
  if (c.phase === 'a_venir') return c.opensAt ? `ouvrira le ${whenInWords(c.opensAt)}` : 'pas encore ouverte';
  if (c.phase === 'ouverte') return c.closesAt ? `ouverte jusqu’au ${whenInWords(c.closesAt)}` : 'ouverte, sans date de clôture';
  return c.closesAt ? `close depuis le ${whenInWords(c.closesAt)}` : 'close';
}

export function publicationInWords(c: Phased): string {
  return c.publishedAt ? `publiés le ${whenInWords(c.publishedAt)}` : 'non publiés';
}
