import { describe, expect, it } from 'vitest';
import { adminPageWatchingErrors, browserSuite } from '../helpers/browser.js';
import { ADMIN_TOKEN } from '../helpers/test-app.js';

const suite = browserSuite({ seed: 'demo' });

describe('every page under the content security policy', () => {
  it('serves a strict policy and loads every page with no console error nor violation', async () => {
    const server = suite.server();
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');

    // A response of each kind whose private pages can be opened.
    const post = async (survey: string, answers: Record<string, unknown>) =>
      (await (await fetch(`${server.url}/api/surveys/${survey}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers, status: 'partial' }) })).json()) as { id: string; token: string };
    const annual = await post('enquete-annuelle', { collectivite: 'commune:38185' });
    const diag = await post('autodiagnostic', { collectivite_type: 'region' });

    const { context, page, problems } = await adminPageWatchingErrors(suite.browser(), ADMIN_TOKEN);
    const pages: [string, string][] = [
      ['/', 'Les questionnaires'],
      ['/questionnaires/enquete-annuelle', 'Votre collectivité'],
      ['/questionnaires/autodiagnostic', 'Votre collectivité'],
      // Reopened on its first page with a required answer missing.
      [`/reponses/${annual.id}#jeton=${annual.token}`, 'Étape 3 sur 5 — Importance de vos actions'],
      [`/reponses/${annual.id}/pairs#jeton=${annual.token}`, 'Votre collectivité face à ses pairs'],
      [`/reponses/${diag.id}/rapport#jeton=${diag.token}`, 'Votre autodiagnostic'],
      ['/resultats', 'Les résultats publiés'],
      ['/resultats/enquete-annuelle', 'Évolutions'],
      ['/resultats/arricod-2016', 'Résultats —'],
      ['/chiffres-du-guide', 'Les chiffres publiés dans le guide'],
      ['/acteurs-de-l-export', 'Business France'],
      ['/glossaire', 'Action Internationale et Européenne des Collectivités Territoriales'],
      ['/admin', 'Campagnes'],
      ['/admin/campagnes/enquete-annuelle/demo', 'Suivi'],
      ['/page-inexistante', 'Page introuvable'],
    ];
    for (const [path, text] of pages) {
      await page.goto(`${server.url}${path}`);
      await page.getByText(text).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
