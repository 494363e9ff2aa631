import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test's mail server accepted. */
export interface CaughtMail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** What the server answers to one message: accept it, refuse it (« 451 … », « 550 … »), or never answer (the sender hangs). */
export type Verdict = 'accept' | { code: number; message: string } | 'hold';

export interface SmtpCatcher {
  url: string;
  /** Accepted messages, in order. */
  mails: CaughtMail[];
  /** Every message received, accepted or not, by Message-ID: how many times it came. */
  attempts: Map<string, number>;
  /** Resolves at the first message held (never answered). */
  held: Promise<void>;
  /** Waits until `n` messages were accepted; fails after `ms` (a deadline for the test, not a measure). */
  waitFor(n: number, ms?: number): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

function addresses(to: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(to) ? to : to ? [to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
}

/**
 * A real SMTP server in the test's process (the `smtp-server` package, on a free loopback
 * port, no TLS, no authentication), which parses each message and answers it as `verdict` says.
 */
export async function startSmtpCatcher(verdict: (mail: CaughtMail, attempt: number) => Verdict = () => 'accept'): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = [];
  const attempts = new Map<string, number>();
  let onHeld: () => void = () => {};
  const held = new Promise<void>((resolve) => (onHeld = resolve));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    closeTimeout: 100,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const mail: CaughtMail = {
            messageId: parsed.messageId ?? '',
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          };
          const attempt = (attempts.get(mail.messageId) ?? 0) + 1;
          attempts.set(mail.messageId, attempt);
          const answer = verdict(mail, attempt);
          if (answer === 'hold') return onHeld();
          if (answer === 'accept') {
            mails.push(mail);
            return callback();
          }
          callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    attempts,
    held,
    async waitFor(n, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (mails.length < n) {
        if (Date.now() > deadline) throw new Error(`${mails.length} message(s) reçu(s) sur ${n} attendus.`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The invitation code of the link `base/invitation/<code>` written in a message. */
export function invitationCodeIn(text: string, base: string): string {
  const m = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/invitation/([A-Za-z0-9_-]+)`).exec(text);
  if (!m) throw new Error(`Aucun lien d’invitation dans :\n${text}`);
  return m[1]!;
}
