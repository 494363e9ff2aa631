import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { DomainError } from '../domain/domain-error.js';
import { currentCampaign } from '../instruments/catalog.js';
import { findCampaign } from '../queries/find-campaign.js';
import { listCampaignRecords } from '../queries/list-campaign-records.js';
import { requireCampaign } from './require-campaign.js';

type Lifecycle = Pick<CampaignsTable, 'opens_at' | 'closes_at'>;

/** Open at `now`: opened (or no opening date) and not closed (or closing later). */
export function isOpen(c: Lifecycle, now: Date): boolean {
  const t = now.toISOString();
  return (c.opens_at === null || c.opens_at <= t) && (c.closes_at === null || t < c.closes_at);
}

/** Where a campaign stands at `now`: not yet open, open, or closed (its closing date passed). */
export type CampaignPhase = 'a_venir' | 'ouverte' | 'close';

export function phaseOf(c: Lifecycle, now: Date): CampaignPhase {
  const t = now.toISOString();
  if (c.closes_at !== null && c.closes_at <= t) return 'close';
  return c.opens_at !== null && t < c.opens_at ? 'a_venir' : 'ouverte';
}

/** Refuses a closing date that does not follow the opening date (dates are ISO instants in UTC). */
export function assertDatesInOrder(c: Lifecycle): void {
  if (c.opens_at !== null && c.closes_at !== null && c.closes_at <= c.opens_at) {
    throw new DomainError('invalide', 'dates_incoherentes', 'La date de clôture doit suivre la date d’ouverture.');
  }
}

function isPublished(c: Pick<CampaignsTable, 'published_at'> | undefined): boolean {
  return Boolean(c?.published_at);
}

function closed(campaign: string, advice = 'Contactez l’ARRICOD si vous pensez qu’il s’agit d’une erreur.'): DomainError {
  return new DomainError(
    'conflit',
    'campagne_close',
    `La campagne «\u202f${campaign}\u202f» est close\u202f: elle n’accepte plus de réponse ni de modification. ${advice}`,
  );
}

/**
 * The campaign a new response joins: the survey's open campaign (the latest opened), or,
 * when the survey has no open campaign, its default one (the year, or `permanent`) unless
 * that one exists and is closed — then the answer is refused (conflict).
 */
export async function campaignForNewResponse(db: Kysely<Database>, instrument: LoadedInstrument, now: Date): Promise<string> {
  const campaigns = await listCampaignRecords(db, instrument.id);
  const open = campaigns.filter((c) => isOpen(c, now)).sort((a, b) => (b.opens_at ?? b.created_at).localeCompare(a.opens_at ?? a.created_at));
  if (open[0]) return open[0].campaign;
  const fallback = currentCampaign(instrument, now);
  if (campaigns.some((c) => c.campaign === fallback)) throw closed(fallback);
  return fallback;
}

/** Refuses an edit to a response whose campaign is closed (conflict). */
export async function assertCampaignOpen(db: Kysely<Database>, surveyId: string, campaign: string, now: Date): Promise<void> {
  const c = await findCampaign(db, surveyId, campaign);
  if (c && !isOpen(c, now)) throw closed(campaign);
}

/**
 * The campaign an import writes into: it must exist (imports never create one) and be open,
 * since a closed campaign's results may already be published and must not move under them.
 */
export async function requireOpenCampaign(
  db: Kysely<Database>,
  surveyId: string,
  campaign: string,
  now: Date,
): Promise<Selectable<CampaignsTable>> {
  const c = await requireCampaign(db, surveyId, campaign);
  if (!isOpen(c, now)) throw closed(campaign, 'Repoussez sa date de clôture pour y importer des réponses.');
  return c;
}

/** Results of a campaign are public once published; the administrator sees them before. */
export async function assertResultsVisible(
  db: Kysely<Database>,
  surveyId: string,
  campaign: string,
  admin: boolean,
): Promise<Selectable<CampaignsTable> | undefined> {
  const c = await findCampaign(db, surveyId, campaign);
  if (!admin && !isPublished(c)) {
    throw new DomainError(
      'non_publie',
      'resultats_non_publies',
      `Les résultats de la campagne «\u202f${campaign}\u202f» ne sont pas encore publiés. Ils le seront quand l’ARRICOD aura clos et validé la campagne.`,
    );
  }
  return c;
}
