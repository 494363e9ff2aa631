import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { DomainError } from '../domain/domain-error.js';
import { currentCampaign } from '../instruments/catalog.js';
import { findCampaign } from '../queries/find-campaign.js';
import { listCampaignRecords } from '../queries/list-campaign-records.js';

type Lifecycle = Pick<CampaignsTable, 'opens_at' | 'closes_at'>;

/** Open at `now`: opened (or no opening date) and not closed (or closing later). */
export function isOpen(c: Lifecycle, now: Date): boolean {
  const t = now.toISOString();
  return (c.opens_at === null || c.opens_at <= t) && (c.closes_at === null || t < c.closes_at);
}

function isPublished(c: Pick<CampaignsTable, 'published_at'> | undefined): boolean {
  return Boolean(c?.published_at);
}

function closed(campaign: string): DomainError {
  return new DomainError(
    'conflit',
    'campagne_close',
    `La campagne « ${campaign} » est close : elle n’accepte plus de réponse ni de modification. Contactez l’ARRICOD si vous pensez qu’il s’agit d’une erreur.`,
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
      `Les résultats de la campagne « ${campaign} » ne sont pas encore publiés. Ils le seront quand l’ARRICOD aura clos et validé la campagne.`,
    );
  }
  return c;
}
