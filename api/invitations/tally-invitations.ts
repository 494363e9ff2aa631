import type { MailView } from '../outbox/mail-status.js';
import type { InvitationProgress } from '../queries/track-campaign.js';
import { displayLabel, typeLabel, type Registry } from '../registry/registry.js';

/** Where one invited collectivity stands: link never opened, opened, response begun, response complete. */
export type InvitationStatus = 'pas_ouverte' | 'ouverte' | 'en_cours' | 'complete';

export interface Tally {
  key: string;
  label: string;
  invited: number;
  complete: number;
  partial: number;
  /** Opened their link and have not begun answering. */
  opened: number;
}

export function invitationStatus(p: Pick<InvitationProgress, 'status' | 'openedAt'>): InvitationStatus {
  if (p.status === 'complete') return 'complete';
  if (p.status === 'partial') return 'en_cours';
  return p.openedAt ? 'ouverte' : 'pas_ouverte';
}

function add(map: Map<string, Tally>, key: string, label: string, status: InvitationStatus): void {
  const t = map.get(key) ?? { key, label, invited: 0, complete: 0, partial: 0, opened: 0 };
  t.invited++;
  if (status === 'complete') t.complete++;
  if (status === 'en_cours') t.partial++;
  if (status === 'ouverte') t.opened++;
  map.set(key, t);
}

const UNKNOWN_REGION = { key: 'inconnue', label: 'Région inconnue' };

/**
 * Where a campaign's invitations stand: in total, per type of collectivity (largest
 * first), per region (by name; collectivities the registry does not place fall under
 * « Région inconnue »), and one line per invitation — its name, type and region in words,
 * its status, its addresses and its last message — sorted by name.
 */
export function tallyInvitations(registry: Registry, progress: InvitationProgress[], lastMails: ReadonlyMap<string, MailView | null> = new Map()) {
  const byType = new Map<string, Tally>();
  const byRegion = new Map<string, Tally>();
  const invitations = progress.map((p) => {
    const entry = registry.get(p.collectivite);
    const regionEntry = entry?.region ? registry.get(`region:${entry.region}`) : undefined;
    const type = entry ? { key: entry.type as string, label: typeLabel(entry.type) } : { key: 'autre', label: 'Autre' };
    const region = regionEntry ? { key: regionEntry.code, label: regionEntry.nom } : UNKNOWN_REGION;
    const status = invitationStatus(p);
    add(byType, type.key, type.label, status);
    add(byRegion, region.key, region.label, status);
    return {
      collectivite: p.collectivite,
      label: entry ? displayLabel(entry) : p.collectivite,
      name: entry?.nom ?? p.collectivite,
      type,
      region,
      status,
      openedAt: p.openedAt,
      emails: p.emails,
      mail: lastMails.get(p.collectivite) ?? null,
    };
  });
  const count = (s: InvitationStatus) => invitations.filter((i) => i.status === s).length;
  return {
    invited: invitations.length,
    complete: count('complete'),
    partial: count('en_cours'),
    opened: count('ouverte'),
    byType: [...byType.values()].sort((a, b) => b.invited - a.invited || a.label.localeCompare(b.label, 'fr')),
    byRegion: [...byRegion.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    invitations: invitations.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.label.localeCompare(b.label, 'fr')),
  };
}
