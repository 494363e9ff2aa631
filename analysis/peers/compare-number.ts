import { statsFromFrequencies } from '../frequency-stats.js';
import { roundSignificant } from '../round-significant.js';
import { positionBand, type PositionBand } from './position-band.js';

export interface NumberComparison {
  value: number | null;
  /** The peers' median and quartiles, at two significant figures; null when fewer than k peers answered. */
  peerMedian: number | null;
  q1: number | null;
  q3: number | null;
  /** Where the value stands against those rounded quartiles; null without a value or without them. */
  position: PositionBand | null;
}

/**
 * A number of this collectivity against the same number of its peers, given as a
 * frequency table ({"250000": 2, …}, so that it can come from pre-aggregated counts). Only
 * what cannot single out a peer is given: median and quartiles rounded to two significant
 * figures, from at least k answers, never an extreme, and a band rather than a rank (a rank
 * moved by one's own value would find a peer's exact value by bisection).
 * Degenerate inputs: fewer than k peer values (none included) give null statistics and no band.
 */
export function compareNumber(value: number | null, peers: Readonly<Record<string, number>>, k: number): NumberComparison {
  const answered = Object.entries(peers).reduce((sum, [code, n]) => sum + (code.trim() !== '' && Number.isFinite(Number(code)) && n > 0 ? n : 0), 0);
  const stats = answered >= k ? statsFromFrequencies(peers) : null;
  const round = (x: number | undefined) => (x === undefined ? null : roundSignificant(x, 2));
  const quartiles = { median: round(stats?.median), q1: round(stats?.q1), q3: round(stats?.q3) };
  return { value, peerMedian: quartiles.median, q1: quartiles.q1, q3: quartiles.q3, position: positionBand(value, quartiles) };
}
