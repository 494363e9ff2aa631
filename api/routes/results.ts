import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { DomainError } from '../domain/domain-error.js';
import { campaignName } from './identifiers.js';
import { knownSurvey, type SurveyEnv } from '../http/known-survey.js';
import { rejectInvalid } from '../http/validation-hook.js';
import { currentCampaign } from '../instruments/catalog.js';
import { assertResultsVisible } from '../campaigns/campaign-rules.js';
import { isAdmin } from '../http/bearer.js';
import { listCampaignsWithCountedResponses } from '../queries/list-campaigns-with-counted-responses.js';
import { adjustTrendTests } from '../results/adjust-trend-tests.js';
import { compareCampaigns } from '../results/compare-campaigns.js';
import { computeResults } from '../results/compute-results.js';
import { checkFigure, checkFinding } from '../results/published-checks.js';
import { inFrench } from '../results/in-french.js';
import { findingSurvey, loadPublishedFigures, loadPublishedReadings, loadPublishedTitles } from '../results/published-figures.js';
import { markSourced } from '../results/mark-sourced.js';
import { sourcedQuestions } from '../results/sourced-questions.js';

const resultsQuery = z.object({
  campaign: campaignName.optional(),
  groupBy: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
});

const trendsQuery = z.object({ campaign: campaignName.optional() });

export function resultsRoutes(deps: AppDeps) {
  const instruments = deps.catalog;
  const { db, clock } = deps;
  const suppressionK = deps.suppressionK ?? 5;
  const published = loadPublishedFigures();
  const titles = loadPublishedTitles();
  const readings = loadPublishedReadings();

  /** The campaigns holding responses that this caller may see: all for the administrator, published ones otherwise. */
  async function visibleCampaigns(surveyId: string, admin: boolean) {
    const all = await listCampaignsWithCountedResponses(db, surveyId);
    return admin ? all : all.filter((x) => x.published);
  }

  return new Hono<SurveyEnv>()
    .get('/:id/campaigns', knownSurvey(instruments), async (c) => {
      return c.json(await visibleCampaigns(c.get('instrument').id, isAdmin(c, deps.adminTokenHash)));
    })
    .get('/:id/results', knownSurvey(instruments), zValidator('query', resultsQuery, rejectInvalid), async (c) => {
      const instrument = c.get('instrument');
      const { campaign, groupBy } = c.req.valid('query');
      if (groupBy && instrument.spec.questions.get(groupBy)?.kind !== 'choice') {
        const choices = [...instrument.spec.questions.values()].filter((q) => q.kind === 'choice').map((q) => q.name);
        throw new DomainError(
          'invalide',
          'regroupement_invalide',
          `On ne peut regrouper les résultats que selon une question à choix unique de ce questionnaire\u202f: ${choices.join(', ')}.`,
        );
      }
      const admin = isAdmin(c, deps.adminTokenHash);
      const campaigns = await visibleCampaigns(instrument.id, admin);
      const current = currentCampaign(instrument, clock.now());
      const chosen =
        campaign ?? (campaigns.some((x) => x.campaign === current) ? current : (campaigns.at(-1)?.campaign ?? current));
      await assertResultsVisible(db, instrument.id, chosen, admin);
      const doc = await computeResults(db, instrument.spec, { surveyId: instrument.id, campaign: chosen, groupBy }, suppressionK);
      const meta = campaigns.find((x) => x.campaign === chosen);
      const nature = meta?.nature ?? 'reelle';
      // A reconstruction's answers are built, not collected: say which questions its source's figures back.
      const shown = nature === 'reconstitution' ? markSourced(doc, sourcedQuestions(published, instrument.id)) : doc;
      return c.json({ ...shown, label: meta?.label ?? chosen, nature, note: meta?.note ?? null });
    })
    .get('/:id/trends', knownSurvey(instruments), zValidator('query', trendsQuery, rejectInvalid), async (c) => {
      const instrument = c.get('instrument');
      const { campaign } = c.req.valid('query');
      const admin = isAdmin(c, deps.adminTokenHash);
      const campaigns = await visibleCampaigns(instrument.id, admin);
      const to = campaign ?? campaigns.at(-1)?.campaign ?? currentCampaign(instrument, clock.now());
      await assertResultsVisible(db, instrument.id, to, admin);
      const toDoc = await computeResults(db, instrument.spec, { surveyId: instrument.id, campaign: to }, suppressionK);
      // Earlier campaigns of the same instrument, and of the instruments whose codes it carries on.
      const baselines = [];
      for (const s of instrument.features.trendsFrom ?? []) {
        const meta = (await visibleCampaigns(s.surveyId, admin)).find((x) => x.campaign === s.campaign);
        if (meta) baselines.push({ ...s, label: meta.label });
      }
      for (const x of campaigns) if (x.campaign !== to) baselines.push({ surveyId: instrument.id, campaign: x.campaign, label: x.label });
      const compared = [];
      for (const from of baselines) {
        const fromInstrument = instruments.get(from.surveyId)!;
        const fromDoc = await computeResults(db, fromInstrument.spec, from, suppressionK);
        if (fromDoc.n === 0 || fromDoc.suppressed || toDoc.suppressed) continue;
        compared.push({
          from: { ...from, title: fromInstrument.title, n: fromDoc.n },
          questions: compareCampaigns(fromInstrument.spec, fromDoc, instrument.spec, toDoc),
        });
      }
      // Every test of the answer is corrected with the others: a reader sees them all on one page.
      const { tests, series } = adjustTrendTests(compared);
      const label = campaigns.find((x) => x.campaign === to)?.label ?? to;
      return c.json({ to: { surveyId: instrument.id, campaign: to, label, title: instrument.title, n: toDoc.n }, tests, correction: 'benjamini-hochberg' as const, series });
    })
    .get('/:id/published', knownSurvey(instruments), async (c) => {
      const instrument = c.get('instrument');
      const figures = published.figures.filter((f) => f.survey === instrument.id);
      const findings = published.findings.filter((f) => findingSurvey(f) === instrument.id);
      // The guide's figures are those of the historical campaign, replayed under its name.
      const campaign = instrument.features.publishedFigures?.campaign;
      if (!campaign) return c.json([]);
      // Recomputed figures are that campaign's results: visible exactly when its results are.
      await assertResultsVisible(db, instrument.id, campaign, isAdmin(c, deps.adminTokenHash));
      if (figures.length + findings.length === 0) return c.json([]);
      const doc = await computeResults(db, instrument.spec, { surveyId: instrument.id, campaign }, suppressionK);
      const checked = [...figures.map((f) => checkFigure(f, doc)), ...findings.map((f) => checkFinding(f, doc))];
      return c.json(checked.map((x) => ({ ...inFrench(x, readings), title: titles[x.id] ?? x.id })));
    });
}
