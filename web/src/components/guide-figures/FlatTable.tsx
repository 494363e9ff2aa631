import type { PublishedComparison as Comparison } from '../../api';
import { formatInteger } from '../../format';
import type { QuestionLabels } from '../../labels';
import { ComparedBars } from './ComparedBars';
import { recordOf, numberOrNull } from './json-record';
import { ScrollTable } from '../ScrollTable';
import { unitScale } from './unit-scale';

/** Printed and recomputed side by side, one line per answer: as bars, then in a table. */
export function FlatTable({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const printed = recordOf(c.printed);
  const recomputed = recordOf(c.recomputed);
  const name = (code: string) => labels?.choices.get(code) ?? labels?.rows.get(code) ?? code;
  const { format, max } = unitScale(c.unit);
  const rows = Object.keys(printed).map((code) => ({
    code,
    label: name(code),
    printed: numberOrNull(printed[code]),
    recomputed: numberOrNull(recomputed[code]),
  }));
  const top = max ?? Math.max(1, ...rows.flatMap((r) => [r.printed ?? 0, r.recomputed ?? 0]));
  return (
    <>
      <ComparedBars rows={rows} title={c.title} max={top} format={format} />
      <ScrollTable label={c.title}>
        <table className="figures" data-figure={c.id}>
          <thead>
            <tr>
              <th scope="col">Réponse</th>
              <th scope="col">Publié par le guide</th>
              <th scope="col">Recalculé</th>
              {c.bases && <th scope="col">Répondants (guide / recalcul)</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row">{r.label}</th>
                <td className="printed">{format(r.printed)}</td>
                <td className="recomputed">{format(r.recomputed)}</td>
                {c.bases && (
                  <td>
                    {formatInteger(c.bases.printed[r.code])} / {formatInteger(c.bases.recomputed[r.code])}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
