import { percent } from '../percent.js';

export interface ChoiceComparison {
  value: string | null;
  /** Share of the peers who answered giving each code (the guide's integer percents). */
  peerPercents: Record<string, number | null>;
  peerCount: number;
}

/** A coded answer of this collectivity against its peers' answers to the same question or row. */
export function compareChoice(value: string | null, codes: readonly string[], peers: readonly string[]): ChoiceComparison {
  const peerPercents: Record<string, number | null> = {};
  for (const code of codes) peerPercents[code] = percent(peers.filter((p) => p === code).length, peers.length);
  return { value, peerPercents, peerCount: peers.length };
}
