import { afterEach, describe, expect, it } from 'vitest';
import type { CampaignTracking, InvitationsAnswer } from '../helpers/api-types.js';
import { mailApp } from '../helpers/mail-app.js';
import { readJson } from '../helpers/read-json.js';
import { startSmtpCatcher } from '../helpers/smtp-catcher.js';
import { ADMIN, adminJson } from '../helpers/test-app.js';

const CAMPAIGN = '/api/admin/campaigns/enquete-annuelle/2027';
const LINES = ['epci:200040715;dri@grenoble-alpes-metropole.fr', 'commune:38185;europe@grenoble.fr', 'region:84;international@auvergnerhonealpes.fr'];

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops) await stop();
  stops = [];
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Toujours pas : ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the outbox under a failing mail server', () => {
  it('retries after « 451 » refusals with backoff, and delivers each message exactly once', async () => {
    // Each message is refused twice (451: try later), then accepted.
    const smtp = await startSmtpCatcher((_mail, attempt) => (attempt <= 2 ? { code: 451, message: 'Boîte occupée, réessayez plus tard' } : 'accept'));
    const { app, db, stop } = await mailApp(smtp.url);
    stops.push(stop, smtp.close);
    await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }));
    expect((await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: LINES }))).status).toBe(201);

    await smtp.waitFor(3);
    const rows = await until(
      () => db.selectFrom('outbox').select(['id', 'status', 'attempts', 'last_error']).execute(),
      (r) => r.every((x) => x.status === 'envoye'),
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.attempts).toBe(3);
      // Each message came three times to the server, and was accepted once, under its own Message-ID.
      expect(smtp.attempts.get(`<${row.id}@arricod.test>`)).toBe(3);
      expect(smtp.mails.filter((m) => m.messageId === `<${row.id}@arricod.test>`)).toHaveLength(1);
    }
    expect(smtp.mails).toHaveLength(3);
  });

  it('keeps the reason: « en attente » while refused for now, « échec » at once for a permanent refusal', async () => {
    const smtp = await startSmtpCatcher((mail) =>
      mail.to.includes('inconnu@grenoble.fr') ? { code: 550, message: 'Adresse inconnue' } : mail.to.includes('plein@grenoble-alpes-metropole.fr') ? { code: 452, message: 'Boîte pleine' } : 'accept',
    );
    // A long backoff: the temporarily refused message stays waiting during the test.
    const { app, stop } = await mailApp(smtp.url, { retryBaseMs: 60_000 });
    stops.push(stop, smtp.close);
    await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }));
    const inv = await readJson<InvitationsAnswer>(
      await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: ['commune:38185;inconnu@grenoble.fr', 'epci:200040715;plein@grenoble-alpes-metropole.fr', 'region:84;international@auvergnerhonealpes.fr'] })),
    );
    expect(inv.created).toHaveLength(3);
    const tracking = await until(
      async () => readJson<CampaignTracking>(await app.request(`${CAMPAIGN}/tracking`, { headers: ADMIN })),
      (t) => t.invitations.every((i) => i.mail !== null && i.mail.attempts >= 1 && (i.mail.status !== 'en_attente' || i.mail.reason !== null)),
    );
    const mailOf = (key: string) => tracking.invitations.find((i) => i.collectivite === key)!.mail!;
    expect(mailOf('commune:38185')).toMatchObject({ status: 'echec', attempts: 1, reason: expect.stringMatching(/^550 Adresse inconnue/) });
    expect(mailOf('epci:200040715')).toMatchObject({ status: 'en_attente', attempts: 1, reason: expect.stringMatching(/^452 Boîte pleine/) });
    expect(mailOf('region:84')).toMatchObject({ status: 'envoye', reason: null });
    expect(smtp.mails.map((m) => m.to)).toEqual([['international@auvergnerhonealpes.fr']]);
    const summary = await readJson<{ messages: Record<string, number> }>(await app.request('/api/admin/mail', { headers: ADMIN }));
    expect(summary.messages).toEqual({ en_attente: 1, envoye: 1, echec: 1 });
  });
});
