import nodemailer from 'nodemailer';

/** A message as the worker hands it to the mail server. */
export interface OutgoingMail {
  /** The outbox row's id: the local part of the Message-ID. */
  id: string;
  recipients: string[];
  subject: string;
  text: string;
  html: string;
}

/** Sends one message; resolves only once the server has accepted it, rejects with the server's or the connection's error. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The domain of the sender's address, for Message-IDs. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1) || 'localhost';
}

/**
 * The mail server of SMTP_URL through nodemailer. Each message carries a Message-ID made of
 * its outbox id, the same at every attempt: a copy delivered twice (see the outbox worker)
 * is recognisable as one message.
 */
export function smtpTransport(options: { smtpUrl: string; from: string; timeoutSeconds: number }): MailTransport {
  const timeout = options.timeoutSeconds * 1000;
  const transporter = nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  const domain = domainOf(options.from);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: { name: 'Observatoire AICT — ARRICOD', address: options.from },
        to: mail.recipients,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.id}@${domain}>`,
        headers: { 'Content-Language': 'fr' },
      });
    },
    close: () => transporter.close(),
  };
}
