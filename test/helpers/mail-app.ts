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
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}
