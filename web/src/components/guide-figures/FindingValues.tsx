import type { PublishedComparison as Comparison } from '../../api';
import type { QuestionLabels } from '../../labels';
import { BarChart } from '../BarChart';
import { numberOrNull, recordOf } from './json-record';
import { ScrollTable } from '../ScrollTable';
import { unitScale } from './unit-scale';

/** A finding: the values its check recomputed, each named in French, as bars when there are several, and in a table. */
export function FindingValues({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const { format, max } = unitScale(c.unit);
  const name = (key: string) => c.labels?.[key] ?? labels?.choices.get(key) ?? labels?.rows.get(key) ?? key;
  const values = Object.entries(recordOf(c.recomputed)).map(([key, v]) => ({ key, label: name(key), value: numberOrNull(v) }));
  const top = max ?? Math.max(1, ...values.map((v) => v.value ?? 0));
  return (
    <>
      {values.length > 1 && (
        <BarChart
          title={`${c.title} — valeurs recalculées`}
          max={top}
          format={format}
          bars={values.map((v) => ({ label: v.label, value: v.value }))}
        />
      )}
      <ScrollTable label={`${c.title} — valeurs recalculées`}>
        <table className="figures" data-figure={c.id}>
          <thead>
            <tr>
              <th scope="col">Ce que le service a recalculé</th>
              <th scope="col">Valeur</th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.key} data-code={v.key}>
                <th scope="row">{v.label}</th>
                <td className="recomputed">{format(v.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
