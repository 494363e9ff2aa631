import { createRequire } from 'node:module';
import type { SeedMode } from '../config.js';
import type { AppDeps } from '../deps.js';
import { currentCampaign, instrumentsWith, type Catalog, type LoadedInstrument } from '../instruments/catalog.js';
import { closeAndPublishCampaign } from '../queries/close-and-publish-campaign.js';
import { countStoredRows } from '../queries/count-stored-rows.js';
import { saveCampaign } from '../queries/save-campaign.js';
import { createResponse } from '../responses/create-response.js';
import { DEMO_CAMPAIGN, DEMO_LABEL, DEMO_NOTE, DEMO_SELF_DIAGNOSES_NOTE, demoResponses } from './demo-campaign.js';
import { demoSelfDiagnoses } from './demo-self-diagnoses.js';

export interface ReplayDataset {
  survey: string;
  campaign: string;
  label: string;
  note: string;
  responses: Record<string, unknown>[];
}

/** The reconstructions of the historical surveys and workshops (surveys/replays/), one per instrument that has one. */
export function loadReplays(catalog: Catalog): ReplayDataset[] {
  const require = createRequire(import.meta.url);
  return instrumentsWith(catalog, 'replay').map((i) => require(`../../surveys/replays/${i.id}.json`) as ReplayDataset);
}

export interface SeedReport {
  mode: SeedMode;
  seeded: boolean;
  loaded: number;
}

type SeedDeps = Pick<AppDeps, 'db' | 'registry' | 'clock' | 'catalog'>;

/** Seeded campaigns are history: closed to new answers, results published. */
async function closeAndPublish(deps: SeedDeps, surveyId: string, campaign: string): Promise<void> {
  await closeAndPublishCampaign(deps.db, surveyId, campaign, deps.clock.now().toISOString());
}

/** Stores a replay dataset as complete responses of its campaign, through the API's own path. */
export async function loadReplay(deps: SeedDeps, instrument: LoadedInstrument, replay: ReplayDataset): Promise<number> {
  await saveCampaign(deps.db, {
    survey_id: replay.survey,
    campaign: replay.campaign,
    label: replay.label,
    nature: 'reconstitution',
    note: replay.note,
    created_at: deps.clock.now().toISOString(),
  });
  // The service's own reconstructions: verified, like everything it loads itself.
  for (const answers of replay.responses) await createResponse(deps, instrument, answers, 'complete', { campaign: replay.campaign, verified: true });
  await closeAndPublish(deps, replay.survey, replay.campaign);
  return replay.responses.length;
}

/** A fictitious campaign of the instrument, closed and published: results to read. */
async function loadDemoCampaign(deps: SeedDeps, instrument: LoadedInstrument): Promise<number> {
  await saveCampaign(deps.db, {
    survey_id: instrument.id,
    campaign: DEMO_CAMPAIGN,
    label: DEMO_LABEL,
    nature: 'fictive',
    note: DEMO_NOTE,
    created_at: deps.clock.now().toISOString(),
  });
  const responses = demoResponses(instrument, deps.registry);
  for (const { answers, status } of responses) await createResponse(deps, instrument, answers, status, { campaign: DEMO_CAMPAIGN, verified: true });
  await closeAndPublish(deps, instrument.id, DEMO_CAMPAIGN);
  return responses.length;
}

/** Fictitious verified responses in the campaign new respondents join: peers to be compared with. */
async function loadDemoResponses(deps: SeedDeps, instrument: LoadedInstrument): Promise<number> {
  const campaign = currentCampaign(instrument, deps.clock.now());
  await saveCampaign(deps.db, {
    survey_id: instrument.id,
    campaign,
    label: `${instrument.title} — avec des réponses fictives de démonstration`,
    nature: 'fictive',
    note: DEMO_SELF_DIAGNOSES_NOTE,
    created_at: deps.clock.now().toISOString(),
  });
  const responses = demoSelfDiagnoses(instrument, deps.registry);
  for (const { answers, status } of responses) await createResponse(deps, instrument, answers, status, { campaign, verified: true });
  return responses.length;
}

/**
 * What a new, empty database receives: `replay` the four historical reconstructions,
 * `demo` those plus a fictitious annual campaign, `none` nothing. A database that already
 * holds responses is left as it is.
 */
export async function seedDatabase(deps: SeedDeps, mode: SeedMode): Promise<SeedReport> {
  const instruments = deps.catalog;
  const { responses } = await countStoredRows(deps.db);
  if (mode === 'none' || responses > 0) return { mode, seeded: false, loaded: 0 };
  let loaded = 0;
  for (const replay of loadReplays(instruments)) loaded += await loadReplay(deps, instruments.get(replay.survey)!, replay);
  if (mode !== 'demo') return { mode, seeded: true, loaded };
  for (const instrument of instrumentsWith(instruments, 'demo')) {
    loaded += instrument.features.demo === 'campagne-fictive' ? await loadDemoCampaign(deps, instrument) : await loadDemoResponses(deps, instrument);
  }
  return { mode, seeded: true, loaded };
}
