import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserSuite } from '../helpers/browser.js';
import { appPages, demoReportPath, openAppPage } from '../helpers/app-pages.js';
import { ADMIN_TOKEN } from '../helpers/test-app.js';

const suite = browserSuite({ seed: 'demo' });

/** A context whose session holds the admin token, at the viewport given. */
async function adminContext(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((token) => sessionStorage.setItem('aict.admin', token), ADMIN_TOKEN);
  return context;
}

describe('every page of the app', () => {
  it('has no accessibility violation of impact serious or critical (axe)', async () => {
    const url = suite.server().url;
    const context = await adminContext(suite.browser(), { width: 1280, height: 900 });
    const page = await context.newPage();
    const found: string[] = [];
    for (const p of await appPages(url)) {
      await openAppPage(page, url, p);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${p.path.split('#')[0]} : ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
    }
    expect(found).toEqual([]);
    await context.close();
  }, 240_000);

  it('fits a 390 px phone with no horizontal scroll, and each page has its own title', async () => {
    const url = suite.server().url;
    const context = await adminContext(suite.browser(), { width: 390, height: 844 });
    const page = await context.newPage();
    const wide: string[] = [];
    const titles = new Map<string, string>();
    for (const p of await appPages(url)) {
      await openAppPage(page, url, p);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${p.path.split('#')[0]} : ${width} px`);
      const title = await page.title();
      expect(title).toMatch(/ · Observatoire AICT$/);
      titles.set(p.path.split('#')[0]!.replace(/\/reponses\/[^/]+/, '/reponses/:id'), title);
    }
    expect(wide).toEqual([]);
    // Every page's title is its own.
    const all = [...titles.values()];
    expect(all.length).toBe(21);
    expect(new Set(all).size).toBe(all.length);
    await context.close();
  }, 240_000);

  // Measured: 4 pages (the recommendations take most of them; the long lists print in their compact form).
  it('prints the demo self-diagnosis report on at most 4 A4 pages, with the collectivity and the date in its header', async () => {
    const url = suite.server().url;
    const page = await suite.browser().newPage();
    await page.goto(`${url}${await demoReportPath(url)}`);
    await page.getByRole('heading', { name: 'Recommandations' }).waitFor();
    await page.waitForLoadState('networkidle');
    const meta = await page.locator('.report-meta').innerText();
    expect(meta).toMatch(/^Isère \(département\) · réponses du \d{1,2} \S+ \d{4} · rapport établi le \d{1,2} \S+ \d{4}$/);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.close();
  });
});
