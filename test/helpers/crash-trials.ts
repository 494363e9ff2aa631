import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { seededRandom } from '../../api/seed/random.js';
import { completeAnnualAnswers } from './annual-answers.js';
import { ADMIN_TOKEN, startServerProcess } from './server-process.js';
import { testRegistry } from './test-app.js';

export interface CrashReport {
  kills: number;
  /** Responses whose 201 reached the client before a kill. */
  acknowledged: number;
  /** Acknowledged responses missing, or stored without all their answers, after the restarts. */
  lost: number;
  /** Counts that no longer match the responses stored. */
  countMismatches: number;
  /** Responses in the aggregates (answered through an invitation) after the last kill. */
  counted: number;
  /** SQLite's `PRAGMA integrity_check` after every kill: "ok" when all were ok. */
  integrity: string;
}

interface Acknowledged {
  id: string;
  /** The answers sent: each must read back from the stored response (which adds the profile the registry derives). */
  answers: Record<string, unknown>;
}

/**
 * Crash safety (issue 7): runs the real server on a SQLite file under concurrent complete
 * submissions, kills it with SIGKILL at a random moment, checks the file, restarts, `kills`
 * times. After every kill: integrity_check, every acknowledged response present, complete,
 * with every answer it was sent, and the pre-aggregated counts equal to the responses.
 */
export async function runCrashTrials(options: {
  dir: string;
  kills: number;
  synchronous: 'FULL' | 'NORMAL';
  writers?: number;
  seed?: number;
  onKill?: (done: number, report: CrashReport) => void;
}): Promise<CrashReport> {
  const file = path.join(options.dir, 'crash.db');
  fs.rmSync(file, { force: true });
  const random = seededRandom(options.seed ?? 1);
  const acknowledged: Acknowledged[] = [];
  const report: CrashReport = { kills: 0, acknowledged: 0, lost: 0, countMismatches: 0, counted: 0, integrity: 'ok' };
  let marker = 0;

  const communes = testRegistry().all().filter((c) => c.type === 'commune').map((c) => c.key);
  const { collectivite: _anyone, ...invitedAnswers } = completeAnnualAnswers;
  for (let k = 0; k < options.kills; k++) {
    const server = await startServerProcess({ DATABASE_URL: file, SQLITE_SYNCHRONOUS: options.synchronous });
    // Half the writers answer through invitations (verified: they count), half without (they wait for a check).
    const codes = await inviteCommunes(server.url, k === 0, communes.slice((k * INVITED_PER_TRIAL) % communes.length).slice(0, INVITED_PER_TRIAL));
    let alive = true;
    let invitedThisTrial = 0;
    const writer = async () => {
      while (alive) {
        const mine = ++marker;
        const invitation = mine % 2 === 0 ? codes.pop() : undefined;
        const answers = invitation ? { ...invitedAnswers, budget_aict_euros: mine } : { ...completeAnnualAnswers, budget_aict_euros: mine };
        try {
          const res = await fetch(`${server.url}/api/surveys/enquete-annuelle/responses`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'complete', answers, ...(invitation ? { invitation } : {}) }),
          });
          if (res.status === 201) {
            acknowledged.push({ id: ((await res.json()) as { id: string }).id, answers });
            if (invitation) invitedThisTrial++;
          }
          else await res.body?.cancel();
        } catch {
          // The connection died with the server: not acknowledged, nothing is owed.
        }
      }
    };
    const writers = Array.from({ length: options.writers ?? 16 }, writer);
    await new Promise((resolve) => setTimeout(resolve, 30 + random() * 400));
    // On a loaded machine the server may not have answered yet: the kill waits for a few
    // invited (counted) responses of this trial, so every trial tests acknowledged writes.
    while (invitedThisTrial < MIN_INVITED_PER_TRIAL) await new Promise((resolve) => setTimeout(resolve, 10));
    alive = false;
    await server.kill();
    await Promise.all(writers);
    report.kills++;
    check(file, acknowledged, report);
    options.onKill?.(report.kills, report);
  }
  return report;
}

const INVITED_PER_TRIAL = 100;
const MIN_INVITED_PER_TRIAL = 2;
const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

/** Opens the campaign (first trial) and invites some communes; returns their invitation codes. */
async function inviteCommunes(url: string, first: boolean, keys: string[]): Promise<string[]> {
  if (first) await fetch(`${url}/api/admin/campaigns`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ surveyId: 'enquete-annuelle', campaign: 'crash' }) });
  const res = await fetch(`${url}/api/admin/campaigns/enquete-annuelle/crash/invitations`, { method: 'POST', headers: ADMIN, body: JSON.stringify({ lines: keys }) });
  return ((await res.json()) as { created: { code: string }[] }).created.map((x) => x.code);
}

function check(file: string, acknowledged: Acknowledged[], report: CrashReport): void {
  // Opening the file replays its write-ahead log, as the next start would.
  const sqlite = new SQLite(file);
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') report.integrity = integrity;
    const response = sqlite.prepare('select status, answers from responses where id = ?');
    let lost = 0;
    for (const a of acknowledged) {
      const row = response.get(a.id) as { status: string; answers: string } | undefined;
      const stored = row ? (JSON.parse(row.answers) as Record<string, unknown>) : {};
      const complete = row !== undefined && row.status === 'complete' && Object.entries(a.answers).every(([code, value]) => JSON.stringify(stored[code]) === JSON.stringify(value));
      if (!complete) lost++;
    }
    report.lost = lost;
    report.acknowledged = acknowledged.length;
    const stored = (sqlite.prepare('select count(*) as n from responses where counted = 1').get() as { n: number }).n;
    const counted = sqlite.prepare("select coalesce(sum(n), 0) as n from answer_counts where question = 'budget_aict_euros' and value = ''").get() as { n: number };
    if (counted.n !== stored) report.countMismatches++;
    report.counted = stored;
  } finally {
    sqlite.close();
  }
}
