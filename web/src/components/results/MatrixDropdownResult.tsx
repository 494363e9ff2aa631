import { formatInteger, formatNumber } from '../../format';
import type { ResultOf, ResultRenderer } from './renderer';
import { label } from './shared';
import { ScrollTable } from '../ScrollTable';

/** A matrix of marks: medians per row and column, as the guide's UA 2014 table prints them. */
export const MatrixDropdownResult: ResultRenderer<ResultOf<'matrixdropdown'>> = ({ result, labels }) => {
  const columns = Object.keys(Object.values(result.rows)[0] ?? {});
  return (
    <ScrollTable label={`${labels?.title ?? ''} — médianes`}>
      <table className="figures">
        <caption>{labels?.title ?? ''} — médianes (et nombre de notes)</caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {label(labels?.columns, c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(result.rows).map(([row, cells]) => (
            <tr key={row}>
              <th scope="row">{label(labels?.rows, row)}</th>
              {columns.map((c) => (
                <td key={c}>
                  {formatNumber(cells[c]?.stats?.median)} ({formatInteger(cells[c]?.base)})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
};
