import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** A string of the built web app: its text, its chunk, and the file of ours it comes from (null: a dependency's). */
export interface BundleString {
  text: string;
  chunk: string;
  /** Relative to the repository, e.g. `web/src/pages/HomePage.tsx`; null for code of `node_modules`. */
  source: string | null;
}

/**
 * Builds the web app exactly as `npm run build` does (same configuration, same chunks and
 * hashes), with source maps kept out of the code (`hidden`), into `outDir`: the maps say
 * which file each string of the bundle comes from. `web/dist` itself gets no map, since it
 * is served as it is.
 */
export function buildWithSourceMaps(outDir: string): void {
  execFileSync(process.execPath, [VITE, 'build', '--sourcemap', 'hidden', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Per generated line, its segments as [generated column, source index], in column order. */
function decodeMappings(mappings: string): [number, number][][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments: [number, number][] = [];
    for (const raw of line.split(',')) {
      if (raw === '') continue;
      const [dColumn = 0, dSource] = decodeSegment(raw);
      column += dColumn;
      if (dSource === undefined) continue;
      source += dSource;
      segments.push([column, source]);
    }
    return segments;
  });
}

/** The source index of the last segment at or before `column` on its line; -1 when none. */
function sourceAt(segments: [number, number][] | undefined, column: number): number {
  let found = -1;
  for (const [c, s] of segments ?? []) {
    if (c > column) break;
    found = s;
  }
  return found;
}

const isStringNode = (n: ts.Node) =>
  ts.isStringLiteral(n) ||
  ts.isNoSubstitutionTemplateLiteral(n) ||
  n.kind === ts.SyntaxKind.TemplateHead ||
  n.kind === ts.SyntaxKind.TemplateMiddle ||
  n.kind === ts.SyntaxKind.TemplateTail;

/** Every string literal (and every literal part of a template) of the JavaScript chunks in `outDir/assets`, with where it comes from. */
export function bundleStrings(outDir: string): BundleString[] {
  const assets = path.join(outDir, 'assets');
  const out: BundleString[] = [];
  for (const chunk of fs.readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(assets, chunk), 'utf8');
    const map = JSON.parse(fs.readFileSync(path.join(assets, `${chunk}.map`), 'utf8')) as { sources: string[]; sourceRoot?: string; mappings: string };
    const lines = decodeMappings(map.mappings);
    const sources = map.sources.map((s) => {
      const absolute = path.resolve(assets, map.sourceRoot ?? '', s);
      const relative = path.relative(ROOT, absolute);
      return relative.startsWith('..') || relative.split(path.sep).includes('node_modules') ? null : relative.split(path.sep).join('/');
    });
    const file = ts.createSourceFile(chunk, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const visit = (n: ts.Node): void => {
      if (isStringNode(n)) {
        const { line, character } = file.getLineAndCharacterOfPosition(n.getStart(file));
        const index = sourceAt(lines[line], character);
        out.push({ text: (n as ts.LiteralLikeNode).text, chunk, source: index < 0 ? null : (sources[index] ?? null) });
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  return out;
}
