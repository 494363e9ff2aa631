import { percent } from '../percent.js';

export interface ChoiceComparison {
  value: string | null;
  /** Share of the peers who answered giving each code (the guide's integer percents). */
  peerPercents: Record<string, number | null>;
  peerCount: number;
}

/**
 * A coded answer of this collectivity against its peers' answers to the same question or
 * row, given as counts per code. Degenerate input: no peer answer gives null percents.
 */
export function compareChoice(value: string | null, codes: readonly string[], counts: Readonly<Record<string, number>>): ChoiceComparison {
  const peerCount = codes.reduce((sum, code) => sum + Math.max(0, counts[code] ?? 0), 0);
  const peerPercents: Record<string, number | null> = {};
  for (const code of codes) peerPercents[code] = percent(Math.max(0, counts[code] ?? 0), peerCount);
  return { value, peerPercents, peerCount };
}
