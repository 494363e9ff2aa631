export interface PeerGroupChoice {
  /** True when the group is narrowed to the same population band. */
  narrowed: boolean;
  n: number;
  /** True when even the chosen group is smaller than k: no peer statistic may be shown. */
  suppressed: boolean;
}

/**
 * Peers are the responses of the same type of collectivity; they are narrowed to the same
 * population band only when that narrower group still has at least k members (the
 * response itself is never counted in either size). Degenerate inputs: an unknown band
 * (null) never narrows; a type group of 0 is suppressed.
 */
export function choosePeerGroup(sameType: number, sameTypeAndBand: number | null, k: number): PeerGroupChoice {
  if (sameTypeAndBand !== null && sameTypeAndBand >= k) return { narrowed: true, n: sameTypeAndBand, suppressed: false };
  return { narrowed: false, n: sameType, suppressed: sameType < k };
}
