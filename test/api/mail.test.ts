import { afterEach, describe, expect, it } from 'vitest';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import type { CampaignTracking, InvitationsAnswer } from '../helpers/api-types.js';
import { mailApp, PUBLIC_URL } from '../helpers/mail-app.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import { invitationCodeIn, startSmtpCatcher, type CaughtMail, type SmtpCatcher } from '../helpers/smtp-catcher.js';
import { ADMIN, adminJson, postJson, putJson, testApp } from '../helpers/test-app.js';

const { collectivite: _anyone, ...invitedAnswers } = completeAnnualAnswers;
const CAMPAIGN = '/api/admin/campaigns/enquete-annuelle/2027';
/** Midnight in Paris at the start of 15 March 2027: the campaign is open until then. */
const CLOSES_AT = '2027-03-14T23:00:00.000Z';

/** No ordinary space before « : ; ! ? » », none after « «, no straight apostrophe: French typography in what we wrote. */
function expectFrenchTypography(text: string) {
  const prose = text.replace(/https?:\/\/\S+/g, '');
  expect(prose).not.toMatch(/ [:;!?»]/);
  expect(prose).not.toMatch(/« /);
  expect(prose).not.toMatch(/'/);
}

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops) await stop();
  stops = [];
});

async function setUp(catcher?: SmtpCatcher) {
  const smtp = catcher ?? (await startSmtpCatcher());
  const mail = await mailApp(smtp.url);
  stops.push(mail.stop, smtp.close);
  const created = await mail.app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027', label: 'Enquête 2027', closesAt: CLOSES_AT }));
  expect(created.status).toBe(201);
  return { ...mail, smtp };
}

const byRecipient = (mails: CaughtMail[], address: string) => mails.filter((m) => m.to.includes(address));

describe('campaign e-mail through a real SMTP server', () => {
  it('invites three collectivities by e-mail; a completed answer gets a receipt; reminders reach the two others; a new link replaces the old', async () => {
    const { app, db, smtp, settled } = await setUp();
    const res = await app.request(
      `${CAMPAIGN}/invitations`,
      adminJson({ lines: ['epci:200040715;dri@grenoble-alpes-metropole.fr', 'commune:38185;europe@grenoble.fr, maire@grenoble.fr', 'Auvergne-Rhône-Alpes;international@auvergnerhonealpes.fr'] }),
    );
    expect(res.status).toBe(201);
    const inv = await readJson<InvitationsAnswer>(res);
    expect(inv.created.map((c) => [c.collectivite, c.emails.length, c.mailed])).toEqual([
      ['epci:200040715', 1, true],
      ['commune:38185', 2, true],
      ['region:84', 1, true],
    ]);

    const invitations = await smtp.waitFor(3);
    expect(invitations).toHaveLength(3);
    expect(byRecipient(invitations, 'maire@grenoble.fr')[0]!.to).toEqual(['europe@grenoble.fr', 'maire@grenoble.fr']);
    for (const m of invitations) {
      expect(m.subject).toBe('Invitation\u202f: Enquête annuelle sur l’action internationale économique des collectivités (campagne Enquête 2027)');
      expect(m.text).toMatch(/L’ARRICOD invite .+ à répondre à l’enquête «\u202fEnquête annuelle/);
      expect(m.text).toContain('La campagne se clôt le 15 mars 2027');
      expect(m.html).toMatch(/<html [^>]*lang="fr"/);
      expectFrenchTypography(m.text);
      // The link of each message opens its own invitation.
      const code = invitationCodeIn(m.text, PUBLIC_URL);
      const opened = await app.request(`/api/invitations/${code}`);
      expect(opened.status).toBe(200);
      expect(m.text).toContain((await readJson<{ collectivite: { label: string } }>(opened)).collectivite.label);
    }
    const grenoble = invitationCodeIn(byRecipient(invitations, 'europe@grenoble.fr')[0]!.text, PUBLIC_URL);

    // Grenoble answers, complete: one receipt, with its private link and its answers in words.
    const answered = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: invitedAnswers, status: 'complete', invitation: grenoble });
    expect(answered.status).toBe(201);
    const response = await readJson<{ id: string; token: string }>(answered);
    const [receipt] = (await smtp.waitFor(4)).slice(3);
    expect(receipt!.to).toEqual(['europe@grenoble.fr', 'maire@grenoble.fr']);
    expect(receipt!.subject).toMatch(/^Réponse enregistrée\u202f: /);
    expect(receipt!.text).toContain(`${PUBLIC_URL}/reponses/${response.id}#jeton=${response.token}`);
    expect(receipt!.text).toContain('Zones géographiques ciblées');
    expect(receipt!.text).toContain('Europe, Asie');
    expect(receipt!.text).toContain('L’impact de vos actions fait-il l’objet d’une évaluation\u202f?');
    expect(receipt!.text).toContain('Parfois');
    expectFrenchTypography(receipt!.text.split('Vos réponses')[0]!);

    // Reminders: the two collectivities without a complete response, and only them.
    const reminders = await app.request(`${CAMPAIGN}/reminders`, { method: 'POST', headers: ADMIN });
    expect(await readJson<{ sent: number }>(reminders)).toEqual({ sent: 2 });
    const afterReminders = (await smtp.waitFor(6)).slice(4);
    expect(afterReminders.map((m) => m.to[0]).sort()).toEqual(['dri@grenoble-alpes-metropole.fr', 'international@auvergnerhonealpes.fr']);
    for (const m of afterReminders) {
      expect(m.subject).toMatch(/^Rappel\u202f: /);
      expect((await app.request(`/api/invitations/${invitationCodeIn(m.text, PUBLIC_URL)}`)).status).toBe(200);
    }

    // A new link for the region: the old one answers 404 and is refused when answering; the new one works.
    const region = invitationCodeIn(byRecipient(invitations, 'international@auvergnerhonealpes.fr')[0]!.text, PUBLIC_URL);
    const reissued = await app.request(`${CAMPAIGN}/invitations/region:84/reissue`, { method: 'POST', headers: ADMIN });
    expect(reissued.status).toBe(201);
    const [newLink] = (await smtp.waitFor(7)).slice(6);
    expect(newLink!.subject).toMatch(/^Nouveau lien\u202f: /);
    expect(newLink!.text).toContain('L’ancien lien ne fonctionne plus');
    expect((await app.request(`/api/invitations/${region}`)).status).toBe(404);
    const withOld = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: {}, status: 'partial', invitation: region });
    expect(withOld.status).toBe(404);
    const fresh = invitationCodeIn(newLink!.text, PUBLIC_URL);
    expect(fresh).toBe((await readJson<{ code: string }>(reissued)).code);
    expect((await app.request(`/api/invitations/${fresh}`)).status).toBe(200);

    // Each invitation's last message in the tracking answer, once the worker has marked what the server took.
    await settled();
    const tracking = await readJson<CampaignTracking>(await app.request(`${CAMPAIGN}/tracking`, { headers: ADMIN }));
    expect(tracking.mailEnabled).toBe(true);
    const mailOf = (key: string) => tracking.invitations.find((i) => i.collectivite === key)!.mail;
    expect(mailOf('commune:38185')).toMatchObject({ kind: 'accuse_reception', status: 'envoye', reason: null });
    expect(mailOf('region:84')).toMatchObject({ kind: 'nouveau_lien', status: 'envoye' });
    expect(mailOf('epci:200040715')).toMatchObject({ kind: 'relance', status: 'envoye' });
    // Sent messages keep no body: the links they carried are no longer in the outbox.
    const bodies = await db.selectFrom('outbox').select(['text_body', 'status']).execute();
    expect(bodies.every((b) => b.status === 'envoye' && b.text_body === '')).toBe(true);
    expect(smtp.mails).toHaveLength(7);
  });

  it('a receipt when an invited response is completed by an edit, with the invitation link; none for saving it again', async () => {
    const { app, db, smtp } = await setUp();
    const inv = await readJson<InvitationsAnswer>(await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: ['commune:38185;europe@grenoble.fr'] })));
    const code = inv.created[0]!.code;
    const partial = await readJson<{ id: string }>(await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { service_repondant: 'cabinet_elus' }, status: 'partial', invitation: code }));
    const grenobleAnswers = { ...invitedAnswers, collectivite: 'commune:38185' };
    expect((await putJson(app, `/api/responses/${partial.id}`, { answers: grenobleAnswers, status: 'complete' }, code)).status).toBe(200);
    const [, receipt] = await smtp.waitFor(2);
    expect(receipt!.subject).toMatch(/^Réponse enregistrée/);
    expect(receipt!.text).toContain(`${PUBLIC_URL}/invitation/${code}`);
    expect(receipt!.text).not.toContain('#jeton=');
    expect((await putJson(app, `/api/responses/${partial.id}`, { answers: { ...grenobleAnswers, etp_aict: 3 }, status: 'complete' }, code)).status).toBe(200);
    // Queued in the edit's own transaction: had a receipt been due, its row would be there now.
    const receipts = await db.selectFrom('outbox').select('id').where('kind', '=', 'accuse_reception').execute();
    expect(receipts).toHaveLength(1);
  });

  it('accepts a CSV of « collectivité;adresse » lines, several addresses or repeated lines for one collectivity', async () => {
    const { app, smtp } = await setUp();
    const csv = 'collectivité;adresses\r\nGrenoble-Alpes-Métropole;dri@grenoble-alpes-metropole.fr\r\nepci:200040715;"eco@grenoble-alpes-metropole.fr, cabinet@grenoble-alpes-metropole.fr"\r\nNulle-Part-sur-Mer;a@b.fr\r\ncommune:38185;pas-une-adresse\r\n';
    const res = await app.request(`${CAMPAIGN}/invitations/csv`, { method: 'POST', headers: { ...ADMIN, 'content-type': 'text/csv; charset=utf-8' }, body: csv });
    expect(res.status).toBe(201);
    const inv = await readJson<InvitationsAnswer>(res);
    expect(inv.created.map((c) => [c.collectivite, c.emails])).toEqual([
      ['epci:200040715', ['dri@grenoble-alpes-metropole.fr', 'eco@grenoble-alpes-metropole.fr', 'cabinet@grenoble-alpes-metropole.fr']],
    ]);
    expect(inv.rejected.map((r) => r.line)).toEqual([4, 5]);
    expect(inv.rejected[0]!.reason).toMatch(/^Aucune collectivité/);
    expect(inv.rejected[1]!.reason).toBe('Adresse électronique invalide\u202f: «\u202fpas-une-adresse\u202f».');
    const [only] = await smtp.waitFor(1);
    expect(only!.to).toHaveLength(3);
    const wrongType = await app.request(`${CAMPAIGN}/invitations/csv`, { method: 'POST', headers: { ...ADMIN, 'content-type': 'application/json' }, body: '{}' });
    expect(wrongType.status).toBe(415);
  });
});

describe('without SMTP_URL', () => {
  it('says e-mail is off, invites with links to copy, queues nothing, and refuses reminders', async () => {
    const { app, db } = await testApp();
    expect(await readJson<{ enabled: boolean }>(await app.request('/api/admin/mail', { headers: ADMIN }))).toMatchObject({ enabled: false, from: null });
    expect((await app.request('/api/admin/mail')).status).toBe(401);
    await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }));
    const inv = await readJson<InvitationsAnswer>(await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: ['commune:38185;europe@grenoble.fr'] })));
    expect(inv.created[0]).toMatchObject({ collectivite: 'commune:38185', emails: ['europe@grenoble.fr'], mailed: false });
    expect((await app.request(`/api/invitations/${inv.created[0]!.code}`)).status).toBe(200);
    const reminders = await app.request(`${CAMPAIGN}/reminders`, { method: 'POST', headers: ADMIN });
    expect(reminders.status).toBe(409);
    expect((await errorOf(reminders)).code).toBe('courriel_desactive');
    // A new link still works without e-mail: it is given to copy.
    const reissued = await readJson<{ code: string; mailed: boolean }>(await app.request(`${CAMPAIGN}/invitations/commune:38185/reissue`, { method: 'POST', headers: ADMIN }));
    expect(reissued.mailed).toBe(false);
    expect((await app.request(`/api/invitations/${inv.created[0]!.code}`)).status).toBe(404);
    expect((await app.request(`/api/invitations/${reissued.code}`)).status).toBe(200);
    expect((await app.request(`${CAMPAIGN}/invitations/commune:99999/reissue`, { method: 'POST', headers: ADMIN })).status).toBe(404);
    expect(await db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });
});
