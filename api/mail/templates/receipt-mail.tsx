import { Heading, Link, Section, Text } from '@react-email/components';
import { fr } from '../../../surveys/french-typography.js';
import type { AnsweredQuestion } from '../summarise-answers.js';
import { MailLayout, paragraph, small, writtenLink } from './mail-layout.js';

export interface ReceiptMailProps {
  collectivity: string;
  survey: string;
  campaign: string;
  /** « le 15 mars 2027 »: when the response was completed. */
  completed: string;
  link: string;
  /** The response's own private link (given at its creation), or else the invitation's, which reopens it. */
  privateLink: boolean;
  closing: string | null;
  answers: AnsweredQuestion[];
}

/** The receipt of a completed response: when, the link that reopens it, and what was answered. */
export function ReceiptMail(props: ReceiptMailProps) {
  const { collectivity, survey, campaign, completed, link, privateLink, closing, answers } = props;
  const intro = fr`La réponse de ${collectivity} à l'enquête « ${survey} » (campagne ${campaign}) est complète : elle a été enregistrée ${completed}. Merci !`;
  return (
    <MailLayout preview={intro}>
      <Heading as="h1" style={{ fontSize: '22px', margin: '0 0 16px' }}>
        Réponse enregistrée
      </Heading>
      <Text style={paragraph}>{intro}</Text>
      <Text style={paragraph}>
        {privateLink ? fr`Le lien privé de cette réponse permet de la relire et de la modifier` : fr`Votre lien d'invitation rouvre cette réponse pour la relire et la modifier`}
        {closing ? fr` jusqu'à la clôture de la campagne, ${closing} : ` : fr` jusqu'à la clôture de la campagne : `}
        <Link href={link} style={writtenLink}>
          {link}
        </Link>
      </Text>
      <Text style={small}>{fr`Gardez ce message : ce lien ne vous sera pas redemandé, et il donne accès à la réponse de votre collectivité.`}</Text>
      <Heading as="h2" style={{ fontSize: '18px', margin: '24px 0 12px' }}>
        Vos réponses
      </Heading>
      {answers.map((q, i) => (
        <Section key={i} style={{ margin: '0 0 12px' }}>
          <Text style={{ ...paragraph, fontWeight: 'bold', margin: '0 0 4px' }}>{q.title}</Text>
          {q.lines.map((line, j) => (
            <Text key={j} style={{ ...paragraph, margin: '0 0 2px' }}>
              {line}
            </Text>
          ))}
        </Section>
      ))}
    </MailLayout>
  );
}
