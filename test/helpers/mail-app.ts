import { createApp } from '../../api/app.js';
import { systemClock } from '../../api/deps.js';
import { smtpTransport } from '../../api/mail/smtp-transport.js';
import { startOutboxWorker } from '../../api/outbox/outbox-worker.js';
import { ADMIN_HASH, fixedClock, testCatalog, testDatabase, testRegistry } from './test-app.js';

export const PUBLIC_URL = 'https://observatoire.arricod.test';
export const MAIL_FROM = 'observatoire@arricod.test';

/**
 * The app with e-mail on, over a fresh database, and its outbox worker sending to `smtpUrl`
 * (real time for its retries: a short backoff so that refusals are retried at once).
 */
export async function mailApp(smtpUrl: string, options: { retryBaseMs?: number } = {}) {
  const db = await testDatabase();
  const transport = smtpTransport({ smtpUrl, from: MAIL_FROM, timeoutSeconds: 5 });
  const worker = startOutboxWorker({ db, transport, clock: systemClock, retryBaseMs: options.retryBaseMs ?? 20, leaseMs: 10_000 });
  const app = createApp({
    db,
    catalog: testCatalog(),
    registry: testRegistry(),
    clock: fixedClock,
    adminTokenHash: ADMIN_HASH,
    mail: { from: MAIL_FROM, publicUrl: PUBLIC_URL, notify: worker.notify },
  });
  return {
    app,
    db,
    /**
     * Resolves once no message waits: the mail server receives a message before the worker
     * marks it sent, so a test reading statuses right after a delivery must wait for this.
     */
    async settled(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while ((await db.selectFrom('outbox').select('id').where('status', '=', 'en_attente').executeTakeFirst()) !== undefined) {
        if (Date.now() > until) throw new Error('outbox still has messages waiting');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}
