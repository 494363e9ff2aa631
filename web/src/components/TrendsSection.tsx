import type { CampaignChange as Change } from '../../../analysis/campaign-change';
import type { TrendsAnswer } from '../api';
import type { QuestionLabels } from '../labels';
import { formatInteger, formatNumber, formatPercent } from '../format';

function ChangeRow({ name, change }: { name: string; change: Change }) {
  const arrow = change.points === null ? '' : change.points > 0 ? '▲ +' : change.points < 0 ? '▼ ' : '= ';
  return (
    <tr className={change.significant ? 'significant' : undefined}>
      <th scope="row">{name}</th>
      <td>{formatPercent(change.from.percent)}</td>
      <td>{formatPercent(change.to.percent)}</td>
      <td>
        {arrow}
        {change.points === null ? '—' : `${formatInteger(Math.abs(change.points))} pts`}
      </td>
      <td>
        {change.significant ? <strong>significatif</strong> : 'non significatif'} (p = {formatNumber(Math.round(change.p * 1000) / 1000)})
      </td>
    </tr>
  );
}

/** Changes between campaigns for the codes they share, significant ones marked in words (not only colour). */
export function TrendsSection({ trends, labels }: { trends: TrendsAnswer; labels: Map<string, QuestionLabels> }) {
  return (
    <section aria-labelledby="evolutions" className="trends">
      <h2 id="evolutions">Évolutions</h2>
      <p>
        Parts comparées pour les questions communes ; test exact de Fisher, une évolution est dite significative quand
        p &lt; 0,05.
      </p>
      {trends.series.map((s) => (
        <div key={`${s.from.surveyId}-${s.from.campaign}`}>
          <h3>
            Depuis {s.from.surveyId} ({s.from.campaign}, {formatInteger(s.from.n)} réponses) jusqu’à la campagne{' '}
            {trends.to.campaign} ({formatInteger(trends.to.n)} réponses)
          </h3>
          {Object.entries(s.questions).map(([code, q]) => {
            const l = labels.get(code);
            const rows: [string, Change][] = q.codes
              ? Object.entries(q.codes).map(([c, ch]) => [l?.choices.get(c) ?? c, ch])
              : Object.entries(q.rows ?? {}).flatMap(([row, cols]) =>
                  Object.entries(cols).map(([c, ch]): [string, Change] => [`${l?.rows.get(row) ?? row} — ${l?.columns.get(c) ?? c}`, ch]),
                );
            return (
              <table key={code} className="figures">
                <caption>{l?.title ?? code}</caption>
                <thead>
                  <tr>
                    <th scope="col">Réponse</th>
                    <th scope="col">Avant</th>
                    <th scope="col">Après</th>
                    <th scope="col">Évolution</th>
                    <th scope="col">Test</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([name, ch]) => (
                    <ChangeRow key={name} name={name} change={ch} />
                  ))}
                </tbody>
              </table>
            );
          })}
        </div>
      ))}
    </section>
  );
}
