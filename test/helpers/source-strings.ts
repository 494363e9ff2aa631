import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { typeset } from '../../surveys/french-typography.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A string written in our code: its text as the program sees it, and where it is (`api/http/errors.ts:48`). */
export interface SourceString {
  where: string;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const isLiteralPart = (n: ts.Node) =>
  ts.isStringLiteral(n) ||
  ts.isNoSubstitutionTemplateLiteral(n) ||
  n.kind === ts.SyntaxKind.TemplateHead ||
  n.kind === ts.SyntaxKind.TemplateMiddle ||
  n.kind === ts.SyntaxKind.TemplateTail;

/**
 * Every string literal, literal part of a template and JSX text of the TypeScript files under
 * `dirs` (relative to the repository), comments and module names aside. The literal parts
 * of a template tagged `fr` are given as `fr` makes them at run time (`typeset`).
 */
export function sourceStrings(dirs: readonly string[]): SourceString[] {
  const out: SourceString[] = [];
  for (const file of dirs.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    const code = fs.readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const push = (n: ts.Node, text: string) =>
      out.push({ where: `${relative}:${source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1}`, text });
    const visit = (n: ts.Node, typesetByFr: boolean): void => {
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isExternalModuleReference(n)) return;
      if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) return;
      if (ts.isTaggedTemplateExpression(n)) {
        const byFr = n.tag.getText(source) === 'fr';
        ts.forEachChild(n.template, (child) => visit(child, byFr));
        if (ts.isNoSubstitutionTemplateLiteral(n.template)) push(n.template, byFr ? typeset(n.template.text) : n.template.text);
        return;
      }
      if (ts.isTemplateSpan(n)) {
        visit(n.expression, false);
        visit(n.literal, typesetByFr);
        return;
      }
      if (isLiteralPart(n)) {
        const text = (n as ts.LiteralLikeNode).text;
        push(n, typesetByFr ? typeset(text) : text);
      } else if (ts.isJsxText(n) && n.text.trim() !== '') {
        push(n, n.text);
      }
      ts.forEachChild(n, (child) => visit(child, false));
    };
    visit(source, false);
  }
  return out;
}
