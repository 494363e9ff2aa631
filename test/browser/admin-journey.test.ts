import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { ADMIN_TOKEN, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { invitationCodeIn, startSmtpCatcher, type SmtpCatcher } from '../helpers/smtp-catcher.js';
import { testDatabaseUrl } from '../helpers/test-app.js';

const PUBLIC_URL = 'https://observatoire.arricod.test';
const INVITED = [
  { key: 'epci:200040715', line: 'Grenoble-Alpes-Métropole;dri@grenoble-alpes-metropole.fr', email: 'dri@grenoble-alpes-metropole.fr' },
  { key: 'commune:38185', line: 'commune:38185;europe@grenoble.fr', email: 'europe@grenoble.fr' },
  { key: 'region:84', line: 'Auvergne-Rhône-Alpes;international@auvergnerhonealpes.fr', email: 'international@auvergnerhonealpes.fr' },
];

let dir: string;
let smtp: SmtpCatcher;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-journey-'));
  smtp = await startSmtpCatcher();
  server = await startServerProcess({
    DATABASE_URL: await testDatabaseUrl(path.join(dir, 'aict.db')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'observatoire@arricod.test',
    PUBLIC_URL,
    MAIL_RETRY_SECONDS: '0.2',
    MAIL_TIMEOUT_SECONDS: '5',
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const two = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value. */
const local = (d: Date) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;

/** 15 February of next year at 18 h 30: ahead whatever day the test runs, and in winter, when Paris is at UTC+1. */
function nextWinterClosing(): { input: string; instant: string; words: RegExp } {
  const year = new Date().getUTCFullYear() + 1;
  return { input: `${year}-02-15T18:30`, instant: `${year}-02-15T17:30:00.000Z`, words: new RegExp(`ouverte jusqu’au 15 février ${year} à 18\u00a0h\u00a030`) };
}

async function answerMatrix(page: Page, question: string, column: number) {
  const rows = page.locator(`[data-name="${question}"] tr.sd-table__row`);
  await rows.first().waitFor();
  for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByRole('radio').nth(column).check({ force: true });
}

/** Grenoble answers the annual survey through its invitation, to the end. */
async function answerAsGrenoble(page: Page, url: string) {
  await page.goto(url);
  await page.getByText(/Invitation de l’ARRICOD pour/).waitFor();
  await expect.poll(() => page.getByRole('radio', { name: 'Commune', exact: true }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('[data-name="typologie_actions"]').waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await answerMatrix(page, 'actions_realisees', 2);
  await answerMatrix(page, 'actions_a_renforcer', 4);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('[data-name="budget_aict_euros"]').waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('[data-name="evaluation_impact"]').waitFor();
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('heading', { name: 'Merci, votre réponse est enregistrée' }).waitFor();
}

const statusOf = (page: Page, key: string) => page.locator(`tr[data-collectivite="${key}"] .invitation-status`).innerText();
const mailOf = (page: Page, key: string) => page.locator(`tr[data-collectivite="${key}"] .mail-line`).innerText();

describe('the administrator’s journey, against the real server and a real SMTP server', () => {
  it('creates a dated campaign, invites three collectivities by e-mail, follows one answering, reminds the two others and closes with a confirmation', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const errors: string[] = [];
    admin.on('pageerror', (e) => errors.push(e.message));
    await admin.goto(`${server.url}/admin`);
    await admin.getByLabel('Jeton d’administration').fill(ADMIN_TOKEN);
    await admin.getByRole('button', { name: 'Entrer' }).click();
    // The current year's annual campaign and the permanent self-diagnosis exist from the first start.
    await admin.getByRole('link', { name: /campagne permanente$/ }).waitFor();
    expect(await admin.getByRole('link', { name: new RegExp(`campagne ${new Date().getUTCFullYear()}$`) }).count()).toBe(1);

    // A campaign with its dates, typed in Paris time.
    const closing = nextWinterClosing();
    await admin.getByLabel('Questionnaire').selectOption('enquete-annuelle');
    await admin.getByLabel(/Nom de la campagne/).fill('relance-hiver');
    await admin.getByLabel(/^Ouverture/).fill(local(new Date(Date.now() - 24 * 3600 * 1000)));
    await admin.getByLabel(/^Clôture/).fill(closing.input);
    await admin.getByRole('button', { name: 'Créer la campagne' }).click();
    await admin.getByRole('heading', { name: /Campagne relance-hiver/ }).waitFor();
    await expect.poll(() => admin.locator('.campaign-state').innerText()).toMatch(closing.words);
    const stored = (await (await fetch(`${server.url}/api/admin/campaigns/enquete-annuelle/relance-hiver`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { closesAt: string };
    expect(stored.closesAt).toBe(closing.instant);
    expect(await admin.getByRole('button', { name: 'Publier les résultats' }).count()).toBe(0);

    // Three collectivities, each with its address: three messages, « envoyé » in the list.
    await admin.getByLabel(/Une collectivité par ligne/).fill(INVITED.map((i) => i.line).join('\n'));
    await admin.getByRole('button', { name: 'Créer les invitations' }).click();
    await admin.getByRole('heading', { name: '3 invitations créées' }).waitFor();
    const invitations = await smtp.waitFor(3);
    for (const i of INVITED) await expect.poll(() => mailOf(admin, i.key), { timeout: 20_000 }).toMatch(/^envoyé le \d{1,2}(er)? \S+ \d{4} à \d{1,2}\u00a0h\u00a0\d{2}/);
    for (const i of INVITED) expect(await statusOf(admin, i.key)).toBe('pas ouverte');

    // Grenoble answers through the link of its message.
    const grenoble = invitations.find((m) => m.to.includes('europe@grenoble.fr'))!;
    const respondent = await (await browser.newContext()).newPage();
    respondent.on('pageerror', (e) => errors.push(e.message));
    await answerAsGrenoble(respondent, `${server.url}/invitation/${invitationCodeIn(grenoble.text, PUBLIC_URL)}`);
    await smtp.waitFor(4);
    expect(smtp.mails[3]!.subject).toMatch(/^Réponse enregistrée/);

    await admin.reload();
    await expect.poll(() => statusOf(admin, 'commune:38185')).toBe('complète');
    expect(await statusOf(admin, 'epci:200040715')).toBe('pas ouverte');
    expect(await statusOf(admin, 'region:84')).toBe('pas ouverte');
    // The filter by status.
    await admin.getByLabel('Afficher').selectOption('complete');
    expect(await admin.locator('tbody tr[data-collectivite]').count()).toBe(1);
    await admin.getByLabel('Afficher').selectOption('toutes');

    // Reminders: exactly the two who have not answered.
    await admin.getByRole('button', { name: /Relancer les collectivités qui n’ont pas terminé \(2\)/ }).click();
    await admin.getByText('2 relances en cours d’envoi.').waitFor();
    const reminders = (await smtp.waitFor(6)).slice(4);
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(['dri@grenoble-alpes-metropole.fr', 'international@auvergnerhonealpes.fr']);
    expect(reminders.every((m) => m.subject.startsWith('Rappel'))).toBe(true);
    await expect.poll(() => admin.locator('.mail-kind').allInnerTexts(), { timeout: 20_000 }).toEqual(['relance', 'accusé de réception', 'relance']);
    await expect.poll(() => mailOf(admin, 'region:84'), { timeout: 20_000 }).toMatch(/^envoyé le/);
    expect(smtp.mails).toHaveLength(6);

    // Closing asks first; once closed, « Publier » replaces « Clore ».
    await admin.getByRole('button', { name: 'Clore la campagne' }).click();
    const dialog = admin.getByRole('dialog', { name: /Clore la campagne maintenant/ });
    await dialog.waitFor();
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await dialog.getByRole('button', { name: 'Clore la campagne' }).click();
    await admin.getByRole('button', { name: 'Publier les résultats' }).waitFor();
    expect(await admin.getByRole('button', { name: 'Clore la campagne' }).count()).toBe(0);
    expect(await admin.locator('.campaign-state').innerText()).toMatch(/close depuis le/);
    expect(errors).toEqual([]);
  }, 120_000);
});
