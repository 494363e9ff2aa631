/**
 * npm run bench (part) — crash safety (issue 7): the real server under 16 concurrent
 * writers of complete responses, killed with SIGKILL at random moments BENCH_KILLS times
 * (200), restarted each time; prints kills, acknowledged responses, lost ones and SQLite's
 * integrity check, for synchronous = FULL (the default) and NORMAL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { runCrashTrials } from '../helpers/crash-trials.js';
import { fr } from './french.js';

const KILLS = Number(process.env.BENCH_KILLS ?? 200);

for (const synchronous of ['FULL', 'NORMAL'] as const) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bench-crash-'));
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    { format: `  synchronous = ${synchronous} [{bar}] {value}/{total} arrêts, {acknowledged} acquittées, {lost} perdues`, barCompleteChar: '#', barIncompleteChar: '.', noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.legacy,
  );
  bar.start(KILLS, 0, { acknowledged: 0, lost: 0 });
  const report = await runCrashTrials({
    dir,
    kills: KILLS,
    synchronous,
    seed: 200,
    onKill: (done, r) => bar.update(done, { acknowledged: r.acknowledged, lost: r.lost }),
  });
  bar.stop();
  console.log(
    `  Crash (synchronous = ${synchronous}) : ${report.kills} arrêts brutaux (SIGKILL), ${fr(report.acknowledged)} réponses acquittées, perdues : ${report.lost}, comptes faux : ${report.countMismatches}, intégrité : ${report.integrity} (${fr((performance.now() - started) / 1000)} s)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (report.lost > 0 || report.integrity !== 'ok' || report.countMismatches > 0) process.exitCode = 1;
}
