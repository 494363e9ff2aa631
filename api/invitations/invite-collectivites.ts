import type { Insertable, Selectable } from 'kysely';
import { resolveCollectivite } from '../admin/resolve-collectivite.js';
import type { CampaignsTable, InvitationsTable } from '../db/schema.js';
import type { AppDeps } from '../deps.js';
import { composeInvitationMail } from '../mail/compose-invitation-mail.js';
import { outboxRow } from '../outbox/new-outbox-message.js';
import { insertInvitations } from '../queries/insert-invitations.js';
import { insertOutboxMessages } from '../queries/insert-outbox-messages.js';
import { displayLabel } from '../registry/registry.js';
import { hashToken, newToken } from '../security/tokens.js';
import { parseInvitationLine } from './parse-invitation-line.js';

export interface CreatedInvitation {
  collectivite: string;
  label: string;
  /** The secret of the link, given this once (kept by the service only for an invitation with addresses). */
  code: string;
  path: string;
  /** Where its messages go; empty: the link is to be copied. */
  emails: string[];
  /** Whether the invitation was queued for e-mail (mail on and addresses given). */
  mailed: boolean;
}

export interface RejectedLine {
  /** 1 for the first line of the list. */
  line: number;
  input: string;
  reason: string;
}

type InviteDeps = Pick<AppDeps, 'db' | 'registry' | 'catalog' | 'mail'>;

/**
 * Reads an invitation list: one collectivity per line (key, official code or exact name),
 * with its addresses after a semicolon. Blank lines are skipped; a collectivity named again
 * further down adds its addresses to the first line; a line that names no single
 * collectivity, has an invalid address, repeats a collectivity without adding an address,
 * or names one already invited to the campaign is rejected with its reason.
 */
function readLines(deps: InviteDeps, lines: string[]) {
  const wanted = new Map<string, CreatedInvitation & { line: number }>();
  const rejected: RejectedLine[] = [];
  lines.forEach((input, i) => {
    if (input.trim() === '') return;
    const parsed = parseInvitationLine(input);
    if (!parsed.ok) return rejected.push({ line: i + 1, input, reason: parsed.reason });
    const r = resolveCollectivite(deps.registry, parsed.who);
    if (!r.ok) return rejected.push({ line: i + 1, input, reason: r.reason });
    const earlier = wanted.get(r.entry.key);
    if (earlier && parsed.emails.length === 0) return rejected.push({ line: i + 1, input, reason: 'Collectivité déjà présente plus haut dans la liste.' });
    if (earlier) {
      for (const e of parsed.emails) if (!earlier.emails.some((x) => x.toLowerCase() === e.toLowerCase())) earlier.emails.push(e);
      return;
    }
    const code = newToken();
    wanted.set(r.entry.key, { line: i + 1, collectivite: r.entry.key, label: displayLabel(r.entry), code, path: `/invitation/${code}`, emails: parsed.emails, mailed: false });
  });
  return { wanted: [...wanted.values()], rejected };
}

/**
 * Invites each collectivity of a list to a campaign (see readLines). The new invitations and,
 * when e-mail is on, the message of each one that has addresses are written in one
 * transaction: a message exists exactly when its invitation does. Rejections come in line order.
 */
export async function inviteCollectivites(
  deps: InviteDeps,
  campaign: Selectable<CampaignsTable>,
  lines: string[],
  now: Date,
): Promise<{ created: CreatedInvitation[]; rejected: RejectedLine[] }> {
  const { wanted, rejected } = readLines(deps, lines);
  const createdAt = now.toISOString();
  const rows: Insertable<InvitationsTable>[] = wanted.map((x) => ({
    code_hash: hashToken(x.code),
    survey_id: campaign.survey_id,
    campaign: campaign.campaign,
    collectivite: x.collectivite,
    response_id: null,
    created_at: createdAt,
    emails: JSON.stringify(x.emails),
    code: x.emails.length > 0 ? x.code : null,
  }));
  const mail = deps.mail;
  const surveyTitle = deps.catalog.get(campaign.survey_id)?.title ?? campaign.survey_id;
  const drafts = new Map<string, Awaited<ReturnType<typeof composeInvitationMail>>>();
  if (mail) {
    for (const x of wanted.filter((w) => w.emails.length > 0)) {
      drafts.set(x.collectivite, await composeInvitationMail(mail.publicUrl, { kind: 'invitation', campaign, surveyTitle, ...x }));
    }
  }
  const already = await deps.db.transaction().execute(async (trx) => {
    const result = await insertInvitations(trx, rows);
    const skip = new Set(result.already);
    await insertOutboxMessages(trx, [...drafts].filter(([key]) => !skip.has(key)).map(([, draft]) => outboxRow(draft, createdAt)));
    return skip;
  });
  if (drafts.size > already.size) mail?.notify();
  const created: CreatedInvitation[] = [];
  for (const { line, ...x } of wanted) {
    if (already.has(x.collectivite)) {
      rejected.push({ line, input: lines[line - 1]!, reason: 'Déjà invitée à cette campagne\u202f: son lien reste celui envoyé la première fois.' });
    } else created.push({ ...x, mailed: drafts.has(x.collectivite) });
  }
  rejected.sort((a, b) => a.line - b.line);
  return { created, rejected };
}
