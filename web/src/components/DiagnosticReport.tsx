import { useEffect, useState } from 'react';
import { bearer, client, errorMessage, type Diagnostic, type PeersAnswer } from '../api';
import { definitionLabels } from '../definition-labels';
import { formatInteger, formatNumber } from '../format';
import type { QuestionLabels } from '../labels';
import { PeerGaps, PrintButton } from './PeerGaps';

/** The five step scores as bars, with the peers' median marked and written out (readable without colour). */
function StepChart({ diagnostic, peers }: { diagnostic: Diagnostic; peers: PeersAnswer | null }) {
  const steps = Object.entries(diagnostic.steps);
  const labelWidth = 300;
  const width = 380;
  const rowHeight = 34;
  return (
    <svg className="chart" viewBox={`0 0 ${labelWidth + width + 150} ${steps.length * rowHeight + 10}`} role="img" aria-label="Score de chaque étape, comparé à la médiane des pairs">
      {steps.map(([code, s], i) => {
        const y = 5 + i * rowHeight;
        const median = peers && !peers.suppressed ? peers.numbers?.[code]?.peerMedian ?? null : null;
        return (
          <g key={code}>
            <text x={labelWidth - 8} y={y + 20} textAnchor="end" className="chart-label">
              {s.section === s.title ? s.title : `${s.title} (${s.section})`}
            </text>
            <rect x={labelWidth} y={y + 6} width={width} height={rowHeight - 12} className="chart-track" />
            <rect x={labelWidth} y={y + 6} width={(s.score / 100) * width} height={rowHeight - 12} className="chart-bar" />
            {median !== null && (
              <line x1={labelWidth + (median / 100) * width} x2={labelWidth + (median / 100) * width} y1={y + 2} y2={y + rowHeight - 2} className="chart-median" />
            )}
            <text x={labelWidth + width + 8} y={y + 20} className="chart-value">
              {formatInteger(s.score)} / 100{median !== null ? ` · pairs ${formatInteger(median)}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The self-diagnosis report: scores, level, recommendations into the guide, peers. Prints on A4. */
export function DiagnosticReport({ id, token }: { id: string; token: string }) {
  const [diagnostic, setDiagnostic] = useState<Diagnostic | null>(null);
  const [peers, setPeers] = useState<PeersAnswer | null>(null);
  const [labels, setLabels] = useState<Map<string, QuestionLabels>>(new Map());
  const [indicatorLabels, setIndicatorLabels] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [d, p, def, ua] = await Promise.all([
        client.api.responses[':id'].diagnostic.$get({ param: { id } }, bearer(token)),
        client.api.responses[':id'].peers.$get({ param: { id } }, bearer(token)),
        client.api.surveys[':id'].$get({ param: { id: 'autodiagnostic' } }),
        client.api.surveys[':id'].$get({ param: { id: 'ua-2014-indicateurs' } }),
      ]);
      if (!d.ok) return setError(await errorMessage(d));
      setDiagnostic(await d.json());
      if (p.ok) setPeers(await p.json());
      if (def.ok) setLabels(definitionLabels(await def.json()));
      if (ua.ok) setIndicatorLabels(definitionLabels(await ua.json()).get('indicateurs')?.rows ?? new Map());
    })();
  }, [id, token]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!diagnostic) return <p role="status">Calcul de votre autodiagnostic…</p>;
  const typology = labels.get('typologie_actions');

  return (
    <article className="report">
      <h1>Votre autodiagnostic</h1>
      <p className="level">
        Niveau : <strong>{diagnostic.levelLabel}</strong> — score global {formatNumber(diagnostic.overall)} sur 100
        {peers && !peers.suppressed && peers.numbers?.overall && (
          <> (médiane de vos pairs : {formatNumber(peers.numbers.overall.peerMedian)})</>
        )}
      </p>
      <section aria-labelledby="etapes">
        <h2 id="etapes">Les cinq étapes</h2>
        <StepChart diagnostic={diagnostic} peers={peers} />
        <table className="figures">
          <caption>Scores par étape (sur 100)</caption>
          <thead>
            <tr>
              <th scope="col">Étape</th>
              <th scope="col">Section du guide</th>
              <th scope="col">Votre score</th>
              <th scope="col">Médiane des pairs</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(diagnostic.steps).map(([code, s]) => (
              <tr key={code}>
                <th scope="row">{s.title}</th>
                <td>{s.section}</td>
                <td>{formatNumber(s.score)}</td>
                <td>{peers && !peers.suppressed ? formatNumber(peers.numbers?.[code]?.peerMedian) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="pairs">
        <h2 id="pairs">Face à vos pairs</h2>
        {!peers && <p>Comparaison indisponible.</p>}
        {peers?.suppressed && <p className="withheld">{peers.reason}</p>}
        {peers && !peers.suppressed && (
          <>
            <p>
              Comparé à {formatInteger(peers.peerGroup.n)} collectivités du même type
              {peers.peerGroup.strate_population ? ' et de la même strate de population' : ''}.
            </p>
            <PeerGaps gaps={peers.gaps} typology={typology} />
          </>
        )}
      </section>

      <section aria-labelledby="recommandations">
        <h2 id="recommandations">Recommandations</h2>
        {diagnostic.recommendations.length === 0 && <p>Toutes les étapes sont réalisées : pensez à évaluer et à faire vivre votre stratégie.</p>}
        {Object.entries(diagnostic.steps).map(([code, s]) => {
          const recs = diagnostic.recommendations.filter((r) => r.step === code);
          if (recs.length === 0) return null;
          return (
            <div key={code} className="recommendation-step">
              <h3>
                {s.title} — voir {s.section}
                {s.section.startsWith('Fiche') ? ` (« ${s.title} »)` : ''}
              </h3>
              <ul>
                {recs.map((r) => (
                  <li key={r.item}>
                    <strong>{labels.get(code)?.rows.get(r.item) ?? r.item}</strong> — {r.text}{' '}
                    <em>Référence : {r.section}.</em>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="categories">
        <h2 id="categories">Pour vos actions</h2>
        {diagnostic.categories.map((c) => (
          <div key={c.category} className="category-advice">
            <h3>
              {c.title} — {c.section}
            </h3>
            <dl>
              {c.questions.map(([q, a]) => (
                <div key={q}>
                  <dt>{q}</dt>
                  <dd>{a}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>

      <section aria-labelledby="indicateurs">
        <h2 id="indicateurs">Indicateurs à suivre (université d’automne 2014, Fiche D)</h2>
        <ol>
          {diagnostic.indicators.map((i) => (
            <li key={i.code}>
              {indicatorLabels.get(i.code) ?? i.code} — pertinence {formatNumber(i.pertinence)}, accès à la donnée{' '}
              {formatNumber(i.acces)} (sur 5)
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="financements">
        <h2 id="financements">Pistes de financement</h2>
        {diagnostic.funding.map((f) => (
          <div key={f.category}>
            <h3>{diagnostic.categories.find((c) => c.category === f.category)?.title ?? f.category}</h3>
            <ul>
              {f.leads.map((l) => (
                <li key={l.name}>
                  <strong>{l.name}</strong> : {l.what}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <PrintButton label="Imprimer le rapport" />
    </article>
  );
}
