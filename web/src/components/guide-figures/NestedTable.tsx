import { Fragment } from 'react';
import type { PublishedComparison as Comparison } from '../../api';
import { formatNumber } from '../../format';
import type { QuestionLabels } from '../../labels';
import { numberOrNull, recordOf } from './json-record';
import { ScrollTable } from '../ScrollTable';

/** The UA 2014 table: rows × (accès, pertinence), printed then recomputed. */
export function NestedTable({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const printed = recordOf(c.printed);
  const recomputed = recordOf(c.recomputed);
  const columns = Object.keys(recordOf(Object.values(printed)[0]));
  return (
    <ScrollTable label={c.title}>
      <table className="figures" data-figure={c.id}>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            {columns.map((col) => (
              <Fragment key={col}>
                <th scope="col">{labels?.columns.get(col)?.split(' (')[0] ?? col} — imprimé</th>
                <th scope="col">{labels?.columns.get(col)?.split(' (')[0] ?? col} — recalculé</th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.keys(printed).map((row) => (
            <tr key={row} data-code={row}>
              <th scope="row">{labels?.rows.get(row) ?? row}</th>
              {columns.map((col) => (
                <Fragment key={col}>
                  <td className="printed" data-column={col}>
                    {formatNumber(numberOrNull(recordOf(printed[row])[col]))}
                  </td>
                  <td className="recomputed" data-column={col}>
                    {formatNumber(numberOrNull(recordOf(recomputed[row])[col]))}
                  </td>
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
