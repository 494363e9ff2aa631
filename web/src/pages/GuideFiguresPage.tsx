import { Fragment, useEffect, useState } from 'react';
import { client, type PublishedComparison as Comparison } from '../api';
import { definitionLabels } from '../definition-labels';
import { formatNumber } from '../format';
import type { QuestionLabels } from '../labels';
import { Link } from '../router';

const SURVEYS = ['arricod-2016', 'arricod-2014', 'ua-2014-indicateurs', 'ua-2015-kit-de-survie'];

/** Our French wording of each figure and finding of the guide. */
const TITLES: Record<string, string> = {
  'arricod-2016.zone_cible': 'Exemples de pays cibles sur le champ économique (parts des répondants)',
  'arricod-2016.acteurs_mobilises': 'Les acteurs locaux mobilisés (part de « oui » sur la base de chaque ligne)',
  'ua-2014-indicateurs.indicateurs': 'Indicateurs de l’UA 2014 : médianes de l’accès à la donnée et de la pertinence',
  'ua-2015-kit-de-survie.participants': 'Participants au « Kit de survie » des UA 2015',
  'arricod-2014.initiative': 'Les directions des relations internationales sont plus souvent à l’initiative que les directions économiques',
  'arricod-2014.mise_en_oeuvre': 'Les directions économiques participent à la mise en œuvre plus qu’elles n’initient',
  'arricod-2014.implication': 'Faible implication des acteurs économiques (médiane au plus 2 sur 5)',
  'arricod-2014.evaluation': 'Absence d’évaluation d’impact (plus de la moitié : jamais)',
  'arricod-2016.service': 'Sondage très majoritairement renseigné par les services relations internationales (au moins 67 %)',
  'arricod-2016.realisees': 'Actions menées jusqu’ici : surtout promotion internationale et coopération économique',
  'arricod-2016.a_renforcer': 'Commande politique croissante d’internationalisation des entreprises et de promotion',
  'arricod-2016.orientation': 'Réorientation vers de nouveaux partenaires plutôt qu’actualisation des coopérations',
  'arricod-2016.associations': 'Faible mobilisation des associations de solidarité (part la plus basse des six acteurs)',
};

/** A JSON object read as a record; empty for any other JSON value (printed and recomputed values vary by statistic). */
function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);

const isPercent = (c: Comparison) => c.statistic?.startsWith('percent') ?? false;

function Value({ value, percent }: { value: unknown; percent: boolean }) {
  if (typeof value === 'number') return <>{percent ? `${formatNumber(value)} %` : formatNumber(value)}</>;
  if (value === null || value === undefined) return <>—</>;
  return <>{String(value)}</>;
}

/** Printed and recomputed side by side, one row per code. */
function FlatTable({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const printed = recordOf(c.printed);
  const recomputed = recordOf(c.recomputed);
  const name = (code: string) => labels?.choices.get(code) ?? labels?.rows.get(code) ?? code;
  return (
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
  );
}

/** The UA 2014 table: rows × (accès, pertinence), printed then recomputed. */
function NestedTable({ c, labels }: { c: Comparison; labels?: QuestionLabels }) {
  const printed = recordOf(c.printed);
  const recomputed = recordOf(c.recomputed);
  const columns = Object.keys(recordOf(Object.values(printed)[0]));
  return (
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
  );
}

function FindingTable({ c }: { c: Comparison }) {
  return (
    <table className="figures" data-figure={c.id}>
      <thead>
        <tr>
          <th scope="col">Valeur recalculée</th>
          <th scope="col">Résultat</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(recordOf(c.recomputed)).map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{formatNumber(typeof v === 'number' ? Math.round(v * 100) / 100 : null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function GuideFiguresPage() {
  const [data, setData] = useState<{ survey: string; title: string; labels: Map<string, QuestionLabels>; items: Comparison[] }[] | null>(null);

  useEffect(() => {
    void (async () => {
      const out = [];
      for (const id of SURVEYS) {
        const [def, pub] = await Promise.all([
          client.api.surveys[':id'].$get({ param: { id } }),
          client.api.surveys[':id'].published.$get({ param: { id } }),
        ]);
        if (!def.ok || !pub.ok) continue;
        const d = await def.json();
        out.push({ survey: id, title: d.title, labels: definitionLabels(d), items: await pub.json() });
      }
      setData(out);
    })();
  }, []);

  const all = data?.flatMap((d) => d.items) ?? [];
  return (
    <section className="guide-figures">
      <h1>Les chiffres publiés dans le guide</h1>
      <p>
        Le guide de l’ARRICOD publie des chiffres et des constats tirés des sondages de 2014 et 2016 et des universités
        d’automne 2014 et 2015. Chacun est ici recalculé par le service à partir des réponses enregistrées, puis comparé
        à la valeur imprimée.
      </p>
      <p className="notice">
        Les réponses individuelles de ces enquêtes n’ont jamais été publiées : celles que le service enregistre sont des{' '}
        <strong>reconstitutions</strong> cohérentes avec les chiffres du guide, pas les données historiques.
      </p>
      {!data && <p role="status">Recalcul des chiffres…</p>}
      {data && (
        <p role="status">
          {all.filter((c) => c.match).length} sur {all.length} chiffres et constats concordent.
        </p>
      )}
      {data?.map((d) => (
        <section key={d.survey} aria-labelledby={`s-${d.survey}`}>
          <h2 id={`s-${d.survey}`}>{d.title}</h2>
          <p>
            <Link href={`/resultats/${d.survey}`}>Tous les résultats de cette enquête</Link>
          </p>
          {d.items.map((c) => (
            <article key={c.id} className={`comparison ${c.match ? 'ok' : 'ko'}`} aria-labelledby={`f-${c.id}`}>
              <h3 id={`f-${c.id}`}>
                <span className="verdict">{c.match ? '✓ Concorde' : '✗ Ne concorde pas'}</span> — {TITLES[c.id] ?? c.id}
              </h3>
              {c.type === 'finding' ? (
                <FindingTable c={c} />
              ) : c.statistic === 'median per row and column' ? (
                <NestedTable c={c} labels={d.labels.get(c.question!)} />
              ) : (
                <FlatTable c={c} labels={c.question ? d.labels.get(c.question) : undefined} />
              )}
              <details>
                <summary>Lecture du document source</summary>
                <p lang="en">{c.reading}</p>
              </details>
            </article>
          ))}
        </section>
      ))}
    </section>
  );
}
