import type { Kysely, Selectable } from 'kysely';
import { resolveCollectivite } from '../admin/resolve-collectivite.js';
import type { CampaignsTable, Database } from '../db/schema.js';
import { insertInvitations } from '../queries/insert-invitations.js';
import { displayLabel, type Registry } from '../registry/registry.js';
import { hashToken, newToken } from '../security/tokens.js';

export interface CreatedInvitation {
  collectivite: string;
  label: string;
  /** The secret of the link, given this once: only its hash is stored. */
  code: string;
  path: string;
}

export interface RejectedLine {
  /** 1 for the first line of the list. */
  line: number;
  input: string;
  reason: string;
}

/**
 * Invites each collectivity of a list (one per line: key, official code or exact name) to
 * a campaign. Blank lines are skipped; a line that names no single collectivity, one
 * already listed above, or one already invited to the campaign is rejected with its
 * reason (an earlier invitation keeps its link). Rejections come in line order.
 */
export async function inviteCollectivites(
  db: Kysely<Database>,
  registry: Registry,
  campaign: Selectable<CampaignsTable>,
  lines: string[],
  now: Date,
): Promise<{ created: CreatedInvitation[]; rejected: RejectedLine[] }> {
  const created: CreatedInvitation[] = [];
  const rejected: RejectedLine[] = [];
  const lineOf = new Map<string, number>();
  lines.forEach((input, i) => {
    if (input.trim() === '') return;
    const r = resolveCollectivite(registry, input);
    if (!r.ok) return rejected.push({ line: i + 1, input, reason: r.reason });
    if (lineOf.has(r.entry.key)) return rejected.push({ line: i + 1, input, reason: 'Collectivité déjà présente plus haut dans la liste.' });
    lineOf.set(r.entry.key, i + 1);
    const code = newToken();
    created.push({ collectivite: r.entry.key, label: displayLabel(r.entry), code, path: `/invitation/${code}` });
  });
  const createdAt = now.toISOString();
  const { already } = await insertInvitations(
    db,
    created.map((x) => ({ code_hash: hashToken(x.code), survey_id: campaign.survey_id, campaign: campaign.campaign, collectivite: x.collectivite, response_id: null, created_at: createdAt })),
  );
  for (const key of already) {
    const i = created.findIndex((x) => x.collectivite === key);
    rejected.push({ line: lineOf.get(key)!, input: lines[lineOf.get(key)! - 1]!, reason: 'Déjà invitée à cette campagne : son lien reste celui envoyé la première fois.' });
    created.splice(i, 1);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { created, rejected };
}
