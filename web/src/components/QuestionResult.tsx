import type { SummaryStats } from '../../../analysis/summary-stats';
import type { Distribution, QuestionResult as Result } from '../../../api/results/build-results-document';
import { formatInteger, formatNumber, formatPercent } from '../format';
import type { QuestionLabels } from '../labels';
import { BarChart } from './BarChart';
import { StackedBars } from './StackedBars';

// The API's own types, shared by `import type` (erased from the bundle).
export type { QuestionResult as Result } from '../../../api/results/build-results-document';
type Stats = SummaryStats;
type Dist = Distribution;

const label = (map: Map<string, string> | undefined, code: string) => map?.get(code) ?? code;

function StatsLine({ stats }: { stats: Stats | null | undefined }) {
  if (!stats) return null;
  return (
    <p className="stats">
      Moyenne {formatNumber(stats.mean)} · médiane {formatNumber(stats.median)} · quartiles {formatNumber(stats.q1)} et{' '}
      {formatNumber(stats.q3)} · de {formatNumber(stats.min)} à {formatNumber(stats.max)}
    </p>
  );
}

function DistTable({ dist, labels, caption }: { dist: Dist; labels: Map<string, string>; caption: string }) {
  return (
    <table className="figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Réponse</th>
          <th scope="col">Effectif</th>
          <th scope="col">Part</th>
          <th scope="col">Intervalle de confiance à 95 %</th>
        </tr>
      </thead>
      <tbody>
        {Object.keys(dist.counts).map((code) => {
          const ci = dist.intervals?.[code];
          return (
            <tr key={code}>
              <th scope="row">{label(labels, code)}</th>
              <td>{formatInteger(dist.counts[code])}</td>
              <td>{formatPercent(dist.percents[code])}</td>
              <td>{ci ? `${formatNumber(ci[0])} – ${formatNumber(ci[1])} %` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One question's results: a chart people look at, and the figures in a table for those who read. */
export function QuestionResult({ result, labels }: { result: Result; labels: QuestionLabels | undefined }) {
  const title = labels?.title ?? '';
  if (result.kind === 'choice' || result.kind === 'multi' || result.kind === 'rating') {
    const bars = Object.keys(result.counts).map((code) => ({ label: label(labels?.choices, code), value: result.percents[code] ?? null }));
    return (
      <>
        <p className="base">
          {formatInteger(result.base)} répondants{result.kind === 'multi' ? ' (plusieurs réponses possibles)' : ''}
        </p>
        <BarChart bars={bars} title={title} />
        <StatsLine stats={result.stats} />
        <details>
          <summary>Voir les chiffres</summary>
          <DistTable dist={result} labels={labels?.choices ?? new Map()} caption={title} />
        </details>
      </>
    );
  }
  if (result.kind === 'number') {
    return (
      <>
        <p className="base">{formatInteger(result.base)} répondants</p>
        <StatsLine stats={result.stats} />
      </>
    );
  }
  if (result.kind === 'matrix') {
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
        </details>
      </>
    );
  }
  // matrixdropdown: medians per row and column, as the guide's UA 2014 table prints them.
  const grid = result as Extract<Result, { kind: 'matrixdropdown' }>;
  const columns = Object.keys(Object.values(grid.rows)[0] ?? {});
  return (
    <table className="figures">
      <caption>{title} — médianes (et nombre de notes)</caption>
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
        {Object.entries(grid.rows).map(([row, cells]) => (
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
  );
}
