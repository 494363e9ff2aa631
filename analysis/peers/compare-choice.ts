import { percent } from '../percent.js';

export interface ChoiceComparison {
  value: string | null;
  /** Share of the peers who answered giving each code (the guide's integer percents); null when fewer than k answered. */
  peerPercents: Record<string, number | null> | null;
}

/**
 * A coded answer of this collectivity against its peers' answers to the same question or
 * row, given as counts per code. Degenerate inputs: fewer than k peer answers (none
 * included) give no percents.
 */
export function compareChoice(value: string | null, codes: readonly string[], counts: Readonly<Record<string, number>>, k: number): ChoiceComparison {
  const answered = codes.reduce((sum, code) => sum + Math.max(0, counts[code] ?? 0), 0);
  if (answered < k || answered === 0) return { value, peerPercents: null };
  const peerPercents: Record<string, number | null> = {};
  for (const code of codes) peerPercents[code] = percent(Math.max(0, counts[code] ?? 0), answered);
  return { value, peerPercents };
}
