import type { Selectable } from 'kysely';
import type { CampaignsTable } from '../db/schema.js';
import { isOpen, phaseOf } from './campaign-rules.js';

/**
 * A campaign as the administration shows it: its dates, where it stands at `now`, and the
 * changes that apply to it — closing while it is open, publishing once it is closed and
 * unpublished, withdrawing a publication — so that the pages offer only those.
 */
export function describeCampaign(c: Selectable<CampaignsTable>, now: Date) {
  const phase = phaseOf(c, now);
  const published = Boolean(c.published_at);
  return {
    surveyId: c.survey_id,
    campaign: c.campaign,
    label: c.label,
    nature: c.nature,
    opensAt: c.opens_at,
    closesAt: c.closes_at,
    publishedAt: c.published_at,
    open: isOpen(c, now),
    phase,
    can: { close: phase === 'ouverte', publish: phase === 'close' && !published, withdraw: published },
  };
}
