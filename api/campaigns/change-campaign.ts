import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../db/schema.js';
import { countedCellsOf } from '../counting/set-counted.js';
import { DomainError } from '../domain/domain-error.js';
import type { Catalog } from '../instruments/catalog.js';
import { clearPublicationChanges } from '../queries/clear-publication-changes.js';
import { listPublicationChanges } from '../queries/list-publication-changes.js';
import { saveCampaign } from '../queries/save-campaign.js';
import { assertDatesInOrder, phaseOf } from './campaign-rules.js';
import { requireCampaign } from './require-campaign.js';
import { counted } from '../../surveys/french-typography.js';

export interface CampaignChange {
  label?: string;
  opensAt?: string | null;
  closesAt?: string | null;
  /** Close now. */
  close?: true;
  /** Publish (true) or withdraw (false) the results. */
  publish?: boolean;
}

/**
 * Applies the fields given to a campaign (absent ones keep their value; null clears a date)
 * and returns it as stored. Only an open campaign can be closed (closing a closed one would
 * move its closing date); its dates must come in order; a published campaign cannot be
 * reopened (its figures would move under its readers). Results are published only once the
 * campaign is closed, and published again only if nothing, or at least k responses, changed
 * since the last publication: otherwise the two publications, compared, would tell those
 * few responses.
 */
export async function changeCampaign(
  db: Kysely<Database>,
  catalog: Catalog,
  current: Selectable<CampaignsTable>,
  change: CampaignChange,
  now: Date,
  k: number,
): Promise<Selectable<CampaignsTable>> {
  const at = now.toISOString();
  const next = {
    ...current,
    label: change.label ?? current.label,
    opens_at: change.opensAt !== undefined ? change.opensAt : current.opens_at,
    closes_at: change.close ? at : change.closesAt !== undefined ? change.closesAt : current.closes_at,
  };
  if (change.close && phaseOf(current, now) !== 'ouverte') {
    throw new DomainError('conflit', 'campagne_non_ouverte', 'Cette campagne n’est pas ouverte\u202f: il n’y a rien à clore.');
  }
  assertDatesInOrder(next);
  const publishing = change.publish === true && !current.published_at;
  if (change.publish === true) await assertPublishable(db, catalog, next, now, k);
  const stillPublished = change.publish === undefined ? Boolean(current.published_at) : change.publish;
  if (stillPublished && phaseOf(next, now) !== 'close') {
    throw new DomainError(
      'conflit',
      'publication_a_retirer',
      'Les résultats de cette campagne sont publiés\u202f: retirez d’abord la publication pour la rouvrir, sans quoi les chiffres publiés changeraient sous les yeux de leurs lecteurs.',
    );
  }
  await db.transaction().execute(async (trx) => {
    await saveCampaign(trx, {
      ...next,
      published_at: change.publish === undefined ? current.published_at : change.publish ? (current.published_at ?? at) : null,
      last_published_at: publishing ? at : current.last_published_at,
    });
    if (publishing) await clearPublicationChanges(trx, current.survey_id, current.campaign);
  });
  return requireCampaign(db, current.survey_id, current.campaign);
}

async function assertPublishable(db: Kysely<Database>, catalog: Catalog, c: Selectable<CampaignsTable>, now: Date, k: number): Promise<void> {
  if (phaseOf(c, now) !== 'close') {
    throw new DomainError(
      'conflit',
      'campagne_ouverte',
      'Close d’abord la campagne\u202f: tant qu’elle reçoit des réponses, chaque nouvelle réponse ferait varier les chiffres publiés et se lirait par différence.',
    );
  }
  if (c.published_at || !c.last_published_at) return;
  // Net changes only, in what the results publish: a response validated then set aside
  // again, or saved with the same answers, changed nothing.
  const published = (answers: string | null) =>
    answers === null ? '' : JSON.stringify(countedCellsOf(catalog, { survey_id: c.survey_id, answers }).map((x) => [x.question, x.row_key, x.col_key, x.value]).sort());
  const notes = await listPublicationChanges(db, c.survey_id, c.campaign);
  const changed = notes.filter((n) => published(n.before_answers) !== published(n.counted === 1 ? n.answers : null)).length;
  if (changed > 0 && changed < k) {
    throw new DomainError(
      'conflit',
      'republication_trop_proche',
      `${changed < 2 ? 'Une seule réponse a changé' : `${counted(changed, 'réponse', 'réponses')} seulement ont changé`} depuis la dernière publication\u202f: republier permettrait de les retrouver en comparant les deux versions. Attendez d’en avoir au moins ${k}, ou revenez sur ces changements.`,
    );
  }
}
