import { campaignChange, type CampaignChange } from '../../analysis/campaign-change.js';
import type { InstrumentSpec, QuestionSpec } from '../instruments/question-spec.js';
import type { Distribution, ResultsDocument } from './build-results-document.js';

export interface QuestionChange {
  kind: 'choice' | 'multi' | 'matrix';
  /** For a choice or multiple choice: per code. For a matrix: per row, then per column code. */
  codes?: Record<string, CampaignChange>;
  rows?: Record<string, Record<string, CampaignChange>>;
}

function sharedValues(a: QuestionSpec, b: QuestionSpec): string[] {
  if (!('values' in a) || !('values' in b)) return [];
  const other = new Set(b.values.map(String));
  return a.values.map(String).filter((v) => other.has(v));
}

function changes(codes: string[], from: Distribution | undefined, to: Distribution | undefined): Record<string, CampaignChange> | null {
  if (!from || !to) return null;
  return Object.fromEntries(
    codes.map((code) => [
      code,
      campaignChange({ count: from.counts[code] ?? 0, base: from.base }, { count: to.counts[code] ?? 0, base: to.base }),
    ]),
  );
}

/**
 * The change of every code two campaigns share (same question code, same kind, common
 * choices and rows), each tested for significance. This is how the annual survey is read
 * against the 2016 survey: same codes, so the series runs across instruments.
 */
export function compareCampaigns(
  fromSpec: InstrumentSpec,
  fromDoc: ResultsDocument,
  toSpec: InstrumentSpec,
  toDoc: ResultsDocument,
): Record<string, QuestionChange> {
  const out: Record<string, QuestionChange> = {};
  for (const toQ of toSpec.questions.values()) {
    const fromQ = fromSpec.questions.get(toQ.name);
    if (!fromQ || fromQ.kind !== toQ.kind) continue;
    const codes = sharedValues(fromQ, toQ);
    if (codes.length === 0) continue;
    const a = fromDoc.questions[toQ.name];
    const b = toDoc.questions[toQ.name];
    if ((toQ.kind === 'choice' || toQ.kind === 'multi') && a && b && 'counts' in a && 'counts' in b) {
      const c = changes(codes, a, b);
      if (c) out[toQ.name] = { kind: toQ.kind, codes: c };
    } else if (toQ.kind === 'matrix' && fromQ.kind === 'matrix' && a?.kind === 'matrix' && b?.kind === 'matrix') {
      const rows: Record<string, Record<string, CampaignChange>> = {};
      for (const row of toQ.rows.filter((r) => fromQ.rows.includes(r))) {
        const c = changes(codes, a.rows[row], b.rows[row]);
        if (c) rows[row] = c;
      }
      out[toQ.name] = { kind: 'matrix', rows };
    }
  }
  return out;
}
