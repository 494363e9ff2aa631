import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../api/db/create-database.js';
import { ADMIN_TOKEN, startServerProcess } from '../helpers/server-process.js';
import { startSmtpCatcher } from '../helpers/smtp-catcher.js';
import { testDatabaseUrl } from '../helpers/test-app.js';

const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
const LINES = ['epci:200040715;dri@grenoble-alpes-metropole.fr', 'commune:38185;europe@grenoble.fr', 'region:84;international@auvergnerhonealpes.fr'];

async function outboxOf(url: string) {
  const { db } = createDatabase(url);
  try {
    return await db.selectFrom('outbox').select(['id', 'status']).orderBy('seq').execute();
  } finally {
    await db.destroy();
  }
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Toujours pas : ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the outbox across a crash of the service (SIGKILL)', () => {
  it('sends after a restart what was queued and not accepted, exactly once, and never again what was', { timeout: 90_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-outbox-'));
    // The first message the server receives is never answered: the service is killed while it waits.
    let first = true;
    const smtp = await startSmtpCatcher(() => {
      if (!first) return 'accept';
      first = false;
      return 'hold';
    });
    const url = await testDatabaseUrl(path.join(dir, 'aict.db'));
    // A short exchange timeout: the message the dead process held is taken again 2 s after it took it.
    const env = { DATABASE_URL: url, SMTP_URL: smtp.url, MAIL_FROM: 'observatoire@arricod.test', PUBLIC_URL: 'https://observatoire.arricod.test', MAIL_RETRY_SECONDS: '0.1', MAIL_TIMEOUT_SECONDS: '1' };
    try {
      const server = await startServerProcess(env);
      await fetch(`${server.url}/api/admin/campaigns`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ surveyId: 'enquete-annuelle', campaign: '2027' }) });
      const invited = await fetch(`${server.url}/api/admin/campaigns/enquete-annuelle/2027/invitations`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ lines: LINES }) });
      expect(invited.status).toBe(201);
      await smtp.held;
      await server.kill();
      // Killed between writing and sending: three messages queued, none accepted, none marked sent.
      const queued = await outboxOf(url);
      expect(queued.map((m) => m.status)).toEqual(['en_attente', 'en_attente', 'en_attente']);
      expect(smtp.mails).toHaveLength(0);

      const restarted = await startServerProcess(env);
      await smtp.waitFor(3, 30_000);
      await until(() => outboxOf(url), (rows) => rows.every((r) => r.status === 'envoye'));
      await restarted.kill();
      for (const { id } of queued) expect(smtp.mails.filter((m) => m.messageId === `<${id}@arricod.test>`)).toHaveLength(1);
      // The message held at the crash came to the server twice (held, then accepted), the others once.
      expect([...smtp.attempts.values()].sort()).toEqual([1, 1, 2]);

      // Another restart: a new message goes, and none of the three sent ones comes again.
      const again = await startServerProcess(env);
      const reissued = await fetch(`${again.url}/api/admin/campaigns/enquete-annuelle/2027/invitations/region:84/reissue`, { method: 'POST', headers: ADMIN });
      expect(reissued.status).toBe(201);
      await smtp.waitFor(4, 30_000);
      await until(() => outboxOf(url), (rows) => rows.length === 4 && rows.every((r) => r.status === 'envoye'));
      await again.stop();
      expect(smtp.mails).toHaveLength(4);
      expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(4);
      expect(smtp.mails[3]!.subject).toMatch(/^Nouveau lien/);
    } finally {
      await smtp.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
