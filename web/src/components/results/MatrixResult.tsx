import { formatInteger, formatNumber, formatPercent } from '../../format';
import { BarChart } from '../BarChart';
import { StackedBars } from '../StackedBars';
import type { ResultOf, ResultRenderer } from './renderer';
import { label } from './shared';
import { ScrollTable } from '../ScrollTable';

/** A matrix: mean marks per row when its codes are marks, else the share of each code per row. */
export const MatrixResult: ResultRenderer<ResultOf<'matrix'>> = ({ result, labels }) => {
  const title = labels?.title ?? '';
  const rows = Object.entries(result.rows);
  const numeric = rows.some(([, d]) => d.stats);
  return (
    <>
      {numeric ? (
        <BarChart
          title={`${title} — moyennes de 0 à 5`}
          max={5}
          format={formatNumber}
          bars={rows.map(([row, d]) => ({ label: label(labels?.rows, row), value: d.stats?.mean ?? null }))}
        />
      ) : (
        <StackedBars
          title={title}
          rows={rows.map(([row, d]) => ({
            label: label(labels?.rows, row),
            base: d.base,
            parts: Object.keys(d.counts).map((code) => ({ code, label: label(labels?.columns, code), percent: d.percents[code] ?? null })),
          }))}
        />
      )}
      <details>
        <summary>Voir les chiffres</summary>
        <ScrollTable label={title}>
          <table className="figures">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Ligne</th>
                <th scope="col">Base</th>
                {Object.keys(rows[0]?.[1].counts ?? {}).map((code) => (
                  <th scope="col" key={code}>
                    {label(labels?.columns, code)}
                  </th>
                ))}
                {numeric && <th scope="col">Moyenne</th>}
                {numeric && <th scope="col">Médiane</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map(([row, d]) => (
                <tr key={row}>
                  <th scope="row">{label(labels?.rows, row)}</th>
                  <td>{formatInteger(d.base)}</td>
                  {Object.keys(d.counts).map((code) => (
                    <td key={code}>
                      {formatPercent(d.percents[code])} ({formatInteger(d.counts[code])})
                    </td>
                  ))}
                  {numeric && <td>{formatNumber(d.stats?.mean)}</td>}
                  {numeric && <td>{formatNumber(d.stats?.median)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </details>
    </>
  );
};
