import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import { findCampaign } from '../queries/find-campaign.js';

/** The record of a campaign the administrator works on, or a refusal telling to create it first. */
export async function requireCampaign(db: Kysely<Database>, surveyId: string, campaign: string): Promise<Selectable<CampaignsTable>> {
  const found = await findCampaign(db, surveyId, campaign);
  if (!found) {
    throw new DomainError('introuvable', 'campagne_inconnue', `La campagne «\u202f${campaign}\u202f» du questionnaire «\u202f${surveyId}\u202f» n’existe pas. Créez-la d’abord.`);
  }
  return found;
}
