import type { ResultsAnswer, TrendsAnswer } from '../../api';
import { formatInteger } from '../../format';
import type { QuestionLabels } from '../../labels';
import { QuestionResult } from '../QuestionResult';
import { TrendsSection } from '../TrendsSection';

const NATURE: Partial<Record<ResultsAnswer['nature'], string>> = {
  reconstitution:
    'Reconstitution : ces réponses individuelles ont été construites pour être cohérentes avec les chiffres publiés dans le guide ; ce ne sont pas les données historiques.',
  fictive: 'Données fictives de démonstration : elles ne décrivent aucune collectivité réelle.',
};

interface Props {
  doc: ResultsAnswer;
  trends: TrendsAnswer | null;
  /** A type of collectivity, or '' for all of them. */
  type: string;
  labels: Map<string, QuestionLabels>;
  typeLabels: Map<string, string>;
}

/** One campaign's results for everybody or for one type of collectivity: what they are made of, what is withheld, each question, the trends. */
export function CampaignResults({ doc, trends, type, labels, typeLabels }: Props) {
  const group = type && doc.groups ? doc.groups[type] : undefined;
  const questions = type ? group?.questions : doc.questions;
  return (
    <>
      {NATURE[doc.nature] && <p className="notice">{NATURE[doc.nature]}</p>}
      <p>
        {formatInteger(type ? group?.n : doc.n)} réponses complètes et vérifiées (reçues par invitation ou contrôlées par l’ARRICOD).
      </p>
      <p className="disclosure">
        Pour que personne ne puisse être reconnu, les groupes de moins de {doc.suppressionK} réponses ne sont pas publiés, ni ceux qui
        permettraient de les retrouver par différence, et les montants ne sont donnés qu’arrondis à deux chiffres significatifs, sans
        minimum ni maximum.
      </p>
      {doc.suppressed && <p className="withheld" role="note">Résultats non publiés : {doc.reason}</p>}
      {group?.suppressed && (
        <p className="withheld" role="note">
          {typeLabels.get(type) ?? type} : résultats non publiés. {group.reason}
        </p>
      )}
      {Object.entries(questions ?? {}).map(([code, result]) => (
        <section key={code} className="question-result" aria-labelledby={`q-${code}`}>
          <h2 id={`q-${code}`}>{labels.get(code)?.title ?? code}</h2>
          <QuestionResult result={result} labels={labels.get(code)} />
        </section>
      ))}
      {trends && trends.series.length > 0 && !type && <TrendsSection trends={trends} labels={labels} />}
    </>
  );
}
