export interface PeerAction {
  action: string;
  /** Share of the peer group (all peers, not only those who answered the row) who carried it out, 0–100. */
  peerShare: number;
}

/**
 * "What most of your peers do that you don't": typology actions carried out (`realisee`)
 * by at least half of the peer group and not by this collectivity, most common first.
 * Degenerate inputs: no peer gives an empty list.
 */
export function commonPeerActions(
  own: Readonly<Record<string, unknown>> | undefined,
  peers: readonly (Readonly<Record<string, unknown>> | undefined)[],
  actions: readonly string[],
): PeerAction[] {
  if (peers.length === 0) return [];
  const out: PeerAction[] = [];
  for (const action of actions) {
    if (own?.[action] === 'realisee') continue;
    const done = peers.filter((p) => p?.[action] === 'realisee').length;
    if (2 * done >= peers.length) out.push({ action, peerShare: (100 * done) / peers.length });
  }
  return out.sort((a, b) => b.peerShare - a.peerShare);
}
