import type { Diagnostic, PeersAnswer } from '../../api';
import { formatInteger } from '../../format';
import { BarChart } from '../BarChart';

/** The five step scores as bars, with the peers' median marked and written out (readable without colour). */
export function StepChart({ diagnostic, peers }: { diagnostic: Diagnostic; peers: PeersAnswer | null }) {
  const bars = Object.entries(diagnostic.steps).map(([code, s]) => {
    const median = peers && !peers.suppressed ? (peers.numbers?.[code]?.peerMedian ?? null) : null;
    return {
      label: s.section === s.title ? s.title : `${s.title} (${s.section})`,
      value: s.score,
      marker: median,
      text: `${formatInteger(s.score)} / 100${median !== null ? ` · pairs ${formatInteger(median)}` : ''}`,
    };
  });
  return <BarChart bars={bars} title="Score de chaque étape, comparé à la médiane des pairs" />;
}
