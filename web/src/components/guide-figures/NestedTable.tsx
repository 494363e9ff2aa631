import { Fragment } from 'react';
import type { PublishedComparison as Comparison } from '../../api';
import { formatNumber } from '../../format';
import type { QuestionLabels } from '../../labels';
import { ComparedBars } from './ComparedBars';
import { numberOrNull, recordOf } from './json-record';
import { ScrollTable } from '../ScrollTable';
import { unitScale } from './unit-scale';

/** The UA 2014 table: rows × (accès, pertinence), a chart per column, then the table, printed then recomputed. */
export function NestedTable({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const printed = recordOf(c.printed);
  const recomputed = recordOf(c.recomputed);
  const rows = Object.keys(printed);
  const columns = Object.keys(recordOf(Object.values(printed)[0]));
  const columnName = (col: string) => labels?.columns.get(col)?.split(' (')[0] ?? col;
  const rowName = (row: string) => labels?.rows.get(row) ?? row;
  const cell = (values: Record<string, unknown>, row: string, col: string) => numberOrNull(recordOf(values[row])[col]);
  // The unit is said once above the table; its cells hold the bare medians, as the guide prints them.
  const { max } = unitScale(c.unit);
  const format = formatNumber;
  return (
    <>
      {columns.map((col) => (
        <Fragment key={col}>
          <h4>{columnName(col)}</h4>
          <ComparedBars
            title={`${c.title} — ${columnName(col)}`}
            max={max ?? 5}
            format={format}
            rows={rows.map((row) => ({ label: rowName(row), printed: cell(printed, row, col), recomputed: cell(recomputed, row, col) }))}
          />
        </Fragment>
      ))}
      <ScrollTable label={c.title}>
        <table className="figures" data-figure={c.id}>
          <thead>
            <tr>
              <th scope="col">Indicateur</th>
              {columns.map((col) => (
                <Fragment key={col}>
                  <th scope="col">{columnName(col)} — publié par le guide</th>
                  <th scope="col">{columnName(col)} — recalculé</th>
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row} data-code={row}>
                <th scope="row">{rowName(row)}</th>
                {columns.map((col) => (
                  <Fragment key={col}>
                    <td className="printed" data-column={col}>
                      {format(cell(printed, row, col))}
                    </td>
                    <td className="recomputed" data-column={col}>
                      {format(cell(recomputed, row, col))}
                    </td>
                  </Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
