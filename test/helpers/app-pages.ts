import type { Page } from 'playwright-core';

/** One page of the app: where it is, and a text that shows once its content is in. */
export interface AppPage {
  path: string;
  ready: string | RegExp;
}

const post = async (url: string, survey: string, answers: Record<string, unknown>, status: 'partial' | 'complete') => {
  const res = await fetch(`${url}/api/surveys/${survey}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers, status }),
  });
  if (res.status !== 201) throw new Error(`${survey}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; token: string };
};

const every = (rows: string[], status: number) => Object.fromEntries(rows.map((r) => [r, status]));

/** A completed self-diagnosis of the Isère department, halfway through its strategy, with a few actions of three categories. */
export const DEMO_SELF_DIAGNOSIS = {
  collectivite: 'departement:38',
  mobilisation_interne: every(['services_eco_associes', 'ressources_identifiees', 'etat_des_lieux'], 2),
  diagnostic_partage: every(['parties_prenantes', 'opportunites', 'vision_politique'], 1),
  cadrage: every(['priorites_geographiques', 'priorites_sectorielles_actions', 'conventions_partenariales', 'financements_identifies'], 1),
  evaluation: every(['resultats_attendus', 'indicateurs_definis', 'dispositif_suivi'], 0),
  mise_en_oeuvre: every(['portage_clarifie', 'metiers_identifies', 'competences_disponibles'], 2),
  typologie_actions: { marketing_territorial: 'realisee', branding: 'realisee', salons_etranger: 'prevue', cooperation_solidarite: 'realisee' },
};

/** The self-diagnosis report of `DEMO_SELF_DIAGNOSIS`, posted to the service at `url`. */
export async function demoReportPath(url: string): Promise<string> {
  const diag = await post(url, 'autodiagnostic', DEMO_SELF_DIAGNOSIS, 'complete');
  return `/reponses/${diag.id}/rapport#jeton=${diag.token}`;
}

/**
 * Every page of the app on a demo-seeded service (the administrator's pages need the admin
 * token in the session): home, the six questionnaires, the results index and each results
 * page, the guide's figures, who does what at export, the glossary, a self-diagnosis report, a peers page, the administration and
 * a campaign of it. Posts the two responses whose private pages are opened.
 */
export async function appPages(url: string): Promise<AppPage[]> {
  const surveys = (await (await fetch(`${url}/api/surveys`)).json()) as { id: string }[];
  const annual = await post(url, 'enquete-annuelle', { collectivite: 'commune:38185' }, 'partial');
  return [
    { path: '/', ready: 'Les questionnaires' },
    ...surveys.map((s) => ({ path: `/questionnaires/${s.id}`, ready: /./ })),
    { path: '/resultats', ready: 'Les résultats publiés' },
    ...surveys.map((s) => ({ path: `/resultats/${s.id}`, ready: 'Résultats —' })),
    { path: '/chiffres-du-guide', ready: /chiffres et constats concordent/ },
    { path: '/acteurs-de-l-export', ready: 'Business France' },
    { path: '/glossaire', ready: 'Action Internationale et Européenne des Collectivités Territoriales' },
    { path: await demoReportPath(url), ready: 'Recommandations' },
    { path: `/reponses/${annual.id}/pairs#jeton=${annual.token}`, ready: 'Votre collectivité face à ses pairs' },
    { path: '/admin', ready: 'Campagnes' },
    { path: '/admin/campagnes/enquete-annuelle/demo', ready: 'Suivi' },
  ];
}

/** Opens a page and waits until its content is in: its text shown, requests done, no loading message left. */
export async function openAppPage(page: Page, url: string, p: AppPage): Promise<void> {
  await page.goto(`${url}${p.path}`);
  await page.locator('h1').first().waitFor();
  await page.getByText(p.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.trim().endsWith('…')));
}
