import { FINDING_CHECKS } from '../../surveys/published-findings.js';
import type { ResultsDocument } from './build-results-document.js';
import { distributionOf as dist, matrixRowOf as row, questionOf as q, withOnlyQuestions } from './read-results.js';

/**
 * How each figure and finding of published-figures.json is recomputed from a results
 * document of the replayed campaign. One function per way the guide reads its charts; the
 * printed values are only ever compared with, never copied into, what is recomputed.
 */
export interface PublishedFigure {
  id: string;
  survey: string;
  question: string;
  statistic: string;
  printed: Record<string, unknown>;
  bases?: Record<string, number>;
  reading: string;
}

export interface PublishedFinding {
  id: string;
  claim: string;
  check: string;
}

export interface Comparison {
  id: string;
  type: 'figure' | 'finding';
  question?: string;
  statistic?: string;
  printed: unknown;
  recomputed: unknown;
  match: boolean;
  reading: string;
  bases?: { printed: Record<string, number>; recomputed: Record<string, number> };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type FigureCheck = (figure: PublishedFigure, doc: ResultsDocument) => Pick<Comparison, 'recomputed' | 'match' | 'bases'>;

const FIGURE_CHECKS: Record<string, FigureCheck> = {
  percent: (f, doc) => {
    const d = dist(doc, f.question);
    const recomputed = Object.fromEntries(Object.keys(f.printed).map((code) => [code, d?.percents[code] ?? null]));
    return { recomputed, match: same(recomputed, f.printed) };
  },
  "percent of row base answering 'oui'": (f, doc) => {
    const rows = Object.keys(f.printed);
    const recomputed = Object.fromEntries(rows.map((r) => [r, row(doc, f.question, r)?.percents.oui ?? null]));
    const bases = Object.fromEntries(rows.map((r) => [r, row(doc, f.question, r)?.base ?? 0]));
    const basesMatch = !f.bases || same(bases, f.bases);
    return { recomputed, match: same(recomputed, f.printed) && basesMatch, bases: f.bases && { printed: f.bases, recomputed: bases } };
  },
  'median per row and column': (f, doc) => {
    const m = q(doc, f.question);
    const recomputed = Object.fromEntries(
      Object.entries(f.printed).map(([r, cols]) => [
        r,
        Object.fromEntries(
          Object.keys(cols as object).map((c) => [c, m?.kind === 'matrixdropdown' ? (m.rows[r]?.[c]?.stats?.median ?? null) : null]),
        ),
      ]),
    );
    return { recomputed, match: same(recomputed, f.printed) };
  },
  'count of respondents, total over sessions 1-3': (f, doc) => {
    const d = dist(doc, f.question);
    const sessions = d ? Object.values(d.counts).filter((n) => n > 0).length : 0;
    const recomputed = { total: doc.n, sessions };
    return { recomputed, match: same(recomputed, f.printed) };
  },
};

export function checkFigure(figure: PublishedFigure, doc: ResultsDocument): Comparison {
  const check = FIGURE_CHECKS[figure.statistic];
  if (!check) throw new Error(`Aucun calcul pour la statistique «\u202f${figure.statistic}\u202f» (${figure.id})`);
  return {
    id: figure.id,
    type: 'figure',
    question: figure.question,
    statistic: figure.statistic,
    printed: figure.printed,
    reading: figure.reading,
    ...check(figure, doc),
  };
}

export function checkFinding(finding: PublishedFinding, doc: ResultsDocument): Comparison {
  const check = FINDING_CHECKS[finding.id];
  if (!check) throw new Error(`Aucun calcul pour le constat «\u202f${finding.id}\u202f»`);
  // Only the questions it declares: what it reads is exactly what it marks as sourced.
  return { id: finding.id, type: 'finding', printed: finding.claim, reading: finding.check, ...check.check(withOnlyQuestions(doc, check.reads)) };
}
