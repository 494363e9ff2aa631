/**
 * npm run bench (part) — crash safety (issue 7): the real server under 16 concurrent
 * writers of complete responses, killed with SIGKILL at random moments BENCH_KILLS times
 * (200), restarted each time; prints kills, acknowledged responses, lost ones and SQLite's
 * integrity check, for synchronous = FULL (the default) and NORMAL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCrashTrials } from '../helpers/crash-trials.js';

const KILLS = Number(process.env.BENCH_KILLS ?? 200);

for (const synchronous of ['FULL', 'NORMAL'] as const) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bench-crash-'));
  const started = performance.now();
  const report = await runCrashTrials({
    dir,
    kills: KILLS,
    synchronous,
    seed: 200,
    onKill: (done, r) => {
      const width = 30;
      const filled = Math.round((done / KILLS) * width);
      process.stdout.write(`\r  synchronous = ${synchronous} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done} / ${KILLS} arrêts, ${r.acknowledged} acquittées, ${r.lost} perdues`);
      if (done === KILLS) process.stdout.write('\n');
    },
  });
  console.log(
    `  Crash (synchronous = ${synchronous}) : ${report.kills} arrêts brutaux (SIGKILL), ${report.acknowledged.toLocaleString('fr-FR')} réponses acquittées, perdues : ${report.lost}, comptes faux : ${report.countMismatches}, intégrité : ${report.integrity} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (report.lost > 0 || report.integrity !== 'ok' || report.countMismatches > 0) process.exitCode = 1;
}
