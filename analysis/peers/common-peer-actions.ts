export interface PeerAction {
  action: string;
  /** Share of the peer group (all peers, not only those who answered the row) who carried it out, 0–100. */
  peerShare: number;
}

/**
 * "What most of your peers do that you don't": typology actions carried out (`realisee`)
 * by at least half of the peer group and not by this collectivity, most common first.
 * `carriedOut` counts, per action, the peers who answered `realisee`.
 * Degenerate inputs: no peer gives an empty list.
 */
export function commonPeerActions(
  own: Readonly<Record<string, unknown>> | undefined,
  carriedOut: Readonly<Record<string, number>>,
  peerCount: number,
  actions: readonly string[],
): PeerAction[] {
  if (peerCount <= 0) return [];
  const out: PeerAction[] = [];
  for (const action of actions) {
    if (own?.[action] === 'realisee') continue;
    const done = carriedOut[action] ?? 0;
    if (2 * done >= peerCount) out.push({ action, peerShare: (100 * done) / peerCount });
  }
  return out.sort((a, b) => b.peerShare - a.peerShare);
}
