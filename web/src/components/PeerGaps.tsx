import type { PeerAction } from '../../../analysis/peers/common-peer-actions';
import { formatInteger } from '../format';
import type { QuestionLabels } from '../labels';

/** "What most of your peers do that you don't", with the typology's labels. */
export function PeerGaps({ gaps, typology }: { gaps: PeerAction[] | undefined; typology: QuestionLabels | undefined }) {
  if (!gaps || gaps.length === 0) return null;
  return (
    <section aria-labelledby="gaps">
      <h3 id="gaps">Ce que font la plupart de vos pairs, et pas vous</h3>
      <ul>
        {gaps.map((g) => (
          <li key={g.action}>
            {typology?.rows.get(g.action) ?? g.action} — réalisé par {`${formatInteger(g.peerShare)}\u00a0%`} de vos pairs
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The print button of the reports (hidden on paper). */
export function PrintButton({ label }: { label: string }) {
  return (
    <p className="no-print">
      <button type="button" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  );
}
