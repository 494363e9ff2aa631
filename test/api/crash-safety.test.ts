import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../helpers/crash-trials.js';

// It tests the SQLite file (WAL, synchronous); under test:pg, PostgreSQL's own recovery is not ours to test.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('crash safety (SIGKILL under load)', () => {
  it('loses no acknowledged response and keeps the file intact over 20 kills', { timeout: 240_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-crash-'));
    try {
      const report = await runCrashTrials({ dir, kills: 20, synchronous: 'FULL', seed: 20 });
      console.log(`Crash : ${report.kills} arrêts brutaux, ${report.acknowledged} réponses acquittées, ${report.lost} perdues, intégrité ${report.integrity}`);
      expect(report.kills).toBe(20);
      // Each trial waits for two invited responses acknowledged before its kill (crash-trials.ts).
      expect(report.acknowledged).toBeGreaterThanOrEqual(40);
      expect(report.lost).toBe(0);
      expect(report.countMismatches).toBe(0);
      // The counts were checked on real aggregates: responses given through invitations count.
      expect(report.counted).toBeGreaterThanOrEqual(40);
      expect(report.integrity).toBe('ok');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
