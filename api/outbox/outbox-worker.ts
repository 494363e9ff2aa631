import type { Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../db/schema.js';
import type { Clock } from '../deps.js';
import type { MailTransport } from '../mail/smtp-transport.js';
import { claimOutboxMessage } from '../queries/claim-outbox-message.js';
import { listDueMessages } from '../queries/list-due-messages.js';
import { markMessageSent } from '../queries/mark-message-sent.js';
import { recordFailedAttempt } from '../queries/record-failed-attempt.js';
import { failureOf } from './failure-of.js';
import { retryDelay } from './retry-delay.js';

export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  transport: MailTransport;
  clock: Clock;
  /** The wait before the first new attempt after a failure, doubled at each one (MAIL_RETRY_SECONDS). */
  retryBaseMs: number;
  /**
   * How long one attempt may hold a message (twice MAIL_TIMEOUT_SECONDS, the longest an
   * exchange with the server may last): a worker that died while sending leaves it to be
   * taken again after that.
   */
  leaseMs: number;
  /** Attempts before a message is given up (« echec »). */
  maxAttempts?: number;
  /** How often it looks for due messages besides being told (messages of other processes, retries). */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

export interface OutboxWorker {
  /** Messages were committed: look now rather than at the next round. */
  notify(): void;
  /** Stops looking; resolves once the attempt under way, if any, has ended. */
  stop(): Promise<void>;
}

const BATCH = 50;

/**
 * Sends the outbox, in the service's own process. A message is taken (claimed until the end
 * of its lease), handed to the mail server, and marked sent only once the server accepted
 * it; a failure is kept with its reason and the message tried again after an exponential
 * backoff (a 5xx answer, or `maxAttempts` failures, give it up). A restart finds what was
 * not marked sent and sends it; what was marked is never sent again. The one window left:
 * the server accepted a message and the process died before marking it — it is then sent a
 * second time, with the same Message-ID.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, transport, clock } = options;
  const maxAttempts = options.maxAttempts ?? 10;
  const pollMs = options.pollMs ?? Math.min(5000, options.retryBaseMs);
  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  async function attempt(message: Selectable<OutboxTable>): Promise<void> {
    const now = clock.now();
    if (!(await claimOutboxMessage(db, message.id, now.toISOString(), new Date(now.getTime() + options.leaseMs).toISOString()))) return;
    const attempts = message.attempts + 1;
    try {
      await transport.send({ id: message.id, recipients: JSON.parse(message.recipients) as string[], subject: message.subject, text: message.text_body, html: message.html_body });
    } catch (error) {
      const failure = failureOf(error);
      const retryAt = failure.permanent || attempts >= maxAttempts ? null : new Date(clock.now().getTime() + retryDelay(options.retryBaseMs, attempts)).toISOString();
      await recordFailedAttempt(db, message.id, failure.reason, retryAt);
      return;
    }
    await markMessageSent(db, message.id, clock.now().toISOString());
  }

  async function round(): Promise<void> {
    do {
      again = false;
      for (;;) {
        const due = await listDueMessages(db, clock.now().toISOString(), BATCH);
        if (due.length === 0 || stopped) break;
        for (const message of due) {
          if (stopped) return;
          await attempt(message);
        }
        // A batch whose messages all wait again (retries) must not spin: the next round comes.
        if (due.length < BATCH) break;
      }
    } while (again && !stopped);
  }

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = round()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
        schedule();
      });
  }

  function schedule(): void {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, pollMs);
    timer.unref();
  }

  run();
  return {
    notify: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
