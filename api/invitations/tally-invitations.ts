import type { MailView } from '../outbox/mail-status.js';
import type { InvitationProgress } from '../queries/track-campaign.js';
import { displayLabel, type Registry } from '../registry/registry.js';

export interface Tally {
  key: string;
  label: string;
  invited: number;
  complete: number;
  partial: number;
}

function add(map: Map<string, Tally>, key: string, label: string, status: InvitationProgress['status']): void {
  const t = map.get(key) ?? { key, label, invited: 0, complete: 0, partial: 0 };
  t.invited++;
  if (status === 'complete') t.complete++;
  if (status === 'partial') t.partial++;
  map.set(key, t);
}

/**
 * Where a campaign's invitations stand: in total, per type of collectivity (largest
 * first), per region (by name; collectivities the registry does not place fall under
 * « Région inconnue »), and one line per invitation with its addresses and its last message.
 */
export function tallyInvitations(registry: Registry, progress: InvitationProgress[], lastMails: ReadonlyMap<string, MailView | null> = new Map()) {
  const byType = new Map<string, Tally>();
  const byRegion = new Map<string, Tally>();
  for (const p of progress) {
    const entry = registry.get(p.collectivite);
    add(byType, entry?.type ?? 'autre', entry?.type ?? 'autre', p.status);
    const region = entry?.region ? registry.get(`region:${entry.region}`) : undefined;
    add(byRegion, region?.code ?? 'inconnue', region?.nom ?? 'Région inconnue', p.status);
  }
  return {
    invited: progress.length,
    complete: progress.filter((p) => p.status === 'complete').length,
    partial: progress.filter((p) => p.status === 'partial').length,
    byType: [...byType.values()].sort((a, b) => b.invited - a.invited),
    byRegion: [...byRegion.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    invitations: progress.map((p) => {
      const entry = registry.get(p.collectivite);
      return { collectivite: p.collectivite, label: entry ? displayLabel(entry) : p.collectivite, status: p.status, emails: p.emails, mail: lastMails.get(p.collectivite) ?? null };
    }),
  };
}
