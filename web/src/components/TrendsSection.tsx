import type { TrendsAnswer } from '../api';
import type { QuestionLabels } from '../labels';
import { formatInteger, formatPercent, formatPValue } from '../format';
import { ScrollTable } from './ScrollTable';

type Series = TrendsAnswer['series'][number];
type Change = NonNullable<Series['questions'][string]['codes']>[string];

/** The test of one change in words: significant or not after correction, with both p-values; or why there is none. */
function TestCell({ change }: { change: Change }) {
  if (change.p === null || change.pAdjusted === null) return <td>pas de point de comparaison</td>;
  return (
    <td>
      {change.significant ? <strong>significatif</strong> : 'non significatif'} ({formatPValue(change.p)}, corrigé{' '}
      {formatPValue(change.pAdjusted).replace(/^p\u00a0/, '')})
    </td>
  );
}

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
      <TestCell change={change} />
    </tr>
  );
}

/** A campaign in words: its label, or its survey's title and its code when it has no label of its own. */
const campaignName = (c: { campaign: string; label: string; title: string }) => `«\u202f${c.label === c.campaign ? `${c.title}, ${c.campaign}` : c.label}\u202f»`;

/** "De « Sondage ARRICOD 2016 (reconstitution) », 15 réponses, à « Campagne de démonstration (données fictives) », 388 réponses". */
function seriesHeading(s: Series, to: TrendsAnswer['to']): string {
  return `De ${campaignName(s.from)}, ${formatInteger(s.from.n)} réponses, à ${campaignName(to)}, ${formatInteger(to.n)} réponses`;
}

/** One question's changes between two campaigns, a row per code (or per row and column of a matrix). */
function QuestionChanges({ code, q, labels, since }: { code: string; q: Series['questions'][string]; labels: QuestionLabels | undefined; since: string }) {
  const rows: [string, Change][] = q.codes
    ? Object.entries(q.codes).map(([c, ch]) => [labels?.choices.get(c) ?? c, ch])
    : Object.entries(q.rows ?? {}).flatMap(([row, cols]) =>
        Object.entries(cols).map(([c, ch]): [string, Change] => [`${labels?.rows.get(row) ?? row} — ${labels?.columns.get(c) ?? c}`, ch]),
      );
  const caption = labels?.title ?? code;
  return (
    <ScrollTable label={`${caption}, évolution depuis ${since}`}>
      <table className="figures">
        <caption>{caption}</caption>
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
    </ScrollTable>
  );
}

/** Changes between campaigns for the codes they share, significant ones marked in words (not only colour). */
export function TrendsSection({ trends, labels }: { trends: TrendsAnswer; labels: Map<string, QuestionLabels> }) {
  return (
    <section aria-labelledby="evolutions" className="trends">
      <h2 id="evolutions">Évolutions</h2>
      <p>
        Parts comparées pour les questions communes, chacune par le test exact de Fisher. Cette page en compte{' '}
        {formatInteger(trends.tests)}
        {'\u202f: lus un à un au seuil de 5\u00a0%, certains paraîtraient significatifs par le seul hasard.'} Les
        valeurs p sont donc corrigées ensemble (méthode de Benjamini–Hochberg) et une évolution n’est dite significative que si sa
        valeur corrigée est inférieure à 0,05. Sans réponse d’un côté, il n’y a pas de point de comparaison ni de test.
      </p>
      {trends.series.map((s) => (
        <div key={`${s.from.surveyId}-${s.from.campaign}`}>
          <h3>{seriesHeading(s, trends.to)}</h3>
          {Object.entries(s.questions).map(([code, q]) => (
            <QuestionChanges key={code} code={code} q={q} labels={labels.get(code)} since={campaignName(s.from)} />
          ))}
        </div>
      ))}
    </section>
  );
}
