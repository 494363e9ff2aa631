import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../api/instruments/catalog.js';

/*
 * Instruments declare what they offer in their catalog entry; nothing else tests an id.
 * This reads every source file of the API and the web app, as a reviewer would grep them,
 * for a string (or path) that names an instrument.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOG = path.join('api', 'instruments', 'catalog.ts');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** A literal that is, or starts a path or key with, the id: 'autodiagnostic', "/questionnaires/arricod-2016", `ua-2014-indicateurs.indicateurs`. */
const naming = (id: string) => new RegExp(`(?<=['"\`/])${id.replace(/[-.]/g, '\\$&')}(?=['"\`/.?#:])`);

describe('instrument ids', () => {
  const ids = loadInstruments().map((i) => i.id);
  const files = [...sources('api'), ...sources(path.join('web', 'src'))].filter((f) => f !== CATALOG);

  it('reads some files of both the API and the web app', () => {
    expect(files.filter((f) => f.startsWith('api')).length).toBeGreaterThan(50);
    expect(files.filter((f) => f.startsWith('web')).length).toBeGreaterThan(10);
  });

  it('are written nowhere outside surveys/ and the catalog', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(import|export) .* from '/.test(line)) return; // module paths, not instruments
        for (const id of ids) if (naming(id).test(line)) found.push(`${file}:${i + 1}: ${id}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would be caught: the pattern finds an id in a literal, a route and a key', () => {
    expect(["if (id === 'autodiagnostic')", 'fetch(`/api/surveys/enquete-annuelle/results`)', "f.id === 'ua-2014-indicateurs.indicateurs'"].every((l) => ids.some((id) => naming(id).test(l)))).toBe(true);
    expect(naming('autodiagnostic').test('Le rapport d’autodiagnostic, questionnaire « autodiagnostic »')).toBe(false);
  });
});
