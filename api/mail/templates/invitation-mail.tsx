import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { fr } from '../../../surveys/french-typography.js';
import { button, MailLayout, paragraph, small, writtenLink } from './mail-layout.js';

export type InvitationMailKind = 'invitation' | 'relance' | 'nouveau_lien';

export interface InvitationMailProps {
  kind: InvitationMailKind;
  collectivity: string;
  survey: string;
  campaign: string;
  link: string;
  /** « le 15 mars 2027 », or null when the campaign has no closing date. */
  closing: string | null;
}

/** Why the message is sent, in its first paragraph. */
function opening({ kind, collectivity, survey, campaign }: InvitationMailProps): string {
  if (kind === 'relance') return fr`Nous n'avons pas encore reçu de réponse complète de ${collectivity} à l'enquête « ${survey} » (campagne ${campaign}). Il est encore temps : votre lien personnel reprend la réponse là où elle en est.`;
  if (kind === 'nouveau_lien') return fr`Un nouveau lien personnel a été créé pour ${collectivity}, pour l'enquête « ${survey} » (campagne ${campaign}). L'ancien lien ne fonctionne plus ; la réponse déjà commencée, s'il y en a une, est conservée et ce lien la rouvre.`;
  return fr`L'ARRICOD invite ${collectivity} à répondre à l'enquête « ${survey} » (campagne ${campaign}). Vos réponses, avec celles des autres collectivités, forment les résultats publiés de l'observatoire ; aucune réponse individuelle n'est publiée.`;
}

/** The invitation to answer, a reminder, or a new link: the collectivity, the survey, its link and when the campaign closes. */
export function InvitationMail(props: InvitationMailProps) {
  const { link, closing } = props;
  return (
    <MailLayout preview={opening(props)}>
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Bonjour,
      </Heading>
      <Text style={paragraph}>{opening(props)}</Text>
      <Text style={paragraph}>{closing ? fr`La campagne se clôt ${closing} : la réponse peut être enregistrée en cours de route, puis reprise et modifiée jusque-là.` : fr`La réponse peut être enregistrée en cours de route, puis reprise et modifiée jusqu'à la clôture de la campagne.`}</Text>
      <Section style={{ margin: '8px 0 24px' }}>
        <Button href={link} style={button}>
          Répondre à l’enquête
        </Button>
      </Section>
      <Text style={small}>
        {fr`Si le bouton ne s'ouvre pas, copiez ce lien dans votre navigateur : `}
        <Link href={link} style={writtenLink}>
          {link}
        </Link>
      </Text>
      <Text style={small}>{fr`Ce lien est propre à votre collectivité : il ne sert qu'à sa réponse. Ne le transmettez qu'aux personnes qui répondent pour elle.`}</Text>
    </MailLayout>
  );
}
