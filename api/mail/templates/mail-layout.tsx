import type { ReactNode } from 'react';
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import { fr } from '../../../surveys/french-typography.js';

// Inline styles only, in the few properties every common mail client renders (no web fonts, no CSS grid).
const body = { backgroundColor: '#f4f5f7', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1d1d1f', margin: 0, padding: '24px 0' };
const container = { backgroundColor: '#ffffff', maxWidth: '600px', padding: '32px', border: '1px solid #dcdfe4' };
const brand = { fontSize: '13px', fontWeight: 'bold', letterSpacing: '0.04em', color: '#1f4e79', margin: '0 0 16px' };
const footer = { fontSize: '12px', lineHeight: '18px', color: '#5f6368', margin: '0' };

/** The frame of every message: the service's name, the content, and who sent it and why. */
export function MailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="fr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={brand}>Observatoire AICT économique — ARRICOD</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            {fr`Ce message vous est adressé par l'ARRICOD, l'association des professionnels de l'action européenne et internationale des collectivités territoriales, parce que votre adresse figure parmi les contacts de votre collectivité pour cette enquête. Si vous n'êtes pas la bonne personne, transmettez-le à qui répond pour votre collectivité, ou ignorez-le.`}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: '15px', lineHeight: '23px', margin: '0 0 16px' };
export const button = { backgroundColor: '#1f4e79', color: '#ffffff', fontSize: '15px', fontWeight: 'bold', textDecoration: 'none', padding: '12px 20px', borderRadius: '4px' };
export const small = { fontSize: '13px', lineHeight: '20px', color: '#3c4043', margin: '0 0 16px' };
/** A long link written out: it may break anywhere rather than widen the message. */
export const writtenLink = { wordBreak: 'break-all' as const };
