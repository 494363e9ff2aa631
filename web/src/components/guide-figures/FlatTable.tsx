import type { PublishedComparison as Comparison } from '../../api';
import { formatNumber } from '../../format';
import type { QuestionLabels } from '../../labels';
import { recordOf } from './json-record';
import { ScrollTable } from '../ScrollTable';

const isPercent = (c: Comparison) => c.statistic?.startsWith('percent') ?? false;

function Value({ value, percent }: { value: unknown; percent: boolean }) {
  if (typeof value === 'number') return <>{percent ? `${formatNumber(value)} %` : formatNumber(value)}</>;
  if (value === null || value === undefined) return <>—</>;
  return <>{String(value)}</>;
}

/** Printed and recomputed side by side, one row per code. */
export function FlatTable({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const printed = recordOf(c.printed);
  const recomputed = recordOf(c.recomputed);
  const name = (code: string) => labels?.choices.get(code) ?? labels?.rows.get(code) ?? code;
  return (
    <ScrollTable label={c.title}>
      <table className="figures" data-figure={c.id}>
        <thead>
          <tr>
            <th scope="col">Modalité</th>
            <th scope="col">Imprimé dans le guide</th>
            <th scope="col">Recalculé</th>
            {c.bases && <th scope="col">Base imprimée / recalculée</th>}
          </tr>
        </thead>
        <tbody>
          {Object.keys(printed).map((code) => (
            <tr key={code} data-code={code}>
              <th scope="row">{name(code)}</th>
              <td className="printed">
                <Value value={printed[code]} percent={isPercent(c)} />
              </td>
              <td className="recomputed">
                <Value value={recomputed[code]} percent={isPercent(c)} />
              </td>
              {c.bases && (
                <td>
                  {c.bases.printed[code]} / {c.bases.recomputed[code]}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
