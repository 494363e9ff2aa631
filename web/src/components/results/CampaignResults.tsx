import type { ResultsAnswer, TrendsAnswer } from '../../api';
import { formatInteger } from '../../format';
import type { QuestionLabels } from '../../labels';
import { QuestionSection } from './QuestionSection';
import { UnsourcedQuestions } from './UnsourcedQuestions';
import { TrendsSection } from '../TrendsSection';

const NATURE: Partial<Record<ResultsAnswer['nature'], string>> = {
  reconstitution:
    'Reconstitution\u202f: ces réponses individuelles ont été construites pour être cohérentes avec les chiffres publiés dans le guide\u202f; ce ne sont pas les données historiques.',
  fictive: 'Données fictives de démonstration\u202f: elles ne décrivent aucune collectivité réelle.',
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
  const questions = Object.entries((type ? group?.questions : doc.questions) ?? {});
  // A reconstruction's questions that no published figure constrains wait behind a disclosure.
  const built = doc.nature === 'reconstitution';
  const shown = built ? questions.filter(([, q]) => q.sourced) : questions;
  const unsourced = built ? questions.filter(([, q]) => !q.sourced) : [];
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
      {doc.suppressed && <p className="withheld" role="note">Résultats non publiés{'\u202f'}: {doc.reason}</p>}
      {group?.suppressed && (
        <p className="withheld" role="note">
          {typeLabels.get(type) ?? type}{'\u202f'}: résultats non publiés. {group.reason}
        </p>
      )}
      {unsourced.length > 0 && (
        <p>
          Les questions sur lesquelles la source publie des chiffres sont montrées ci-dessous{'\u202f'}; les autres, dont les
          valeurs ne viennent que de la reconstitution, sont repliées à la fin de la page.
        </p>
      )}
      {shown.map(([code, result]) => (
        <QuestionSection key={code} code={code} result={result} labels={labels.get(code)} />
      ))}
      <UnsourcedQuestions questions={unsourced} labels={labels} />
      {trends && trends.series.length > 0 && !type && <TrendsSection trends={trends} labels={labels} />}
    </>
  );
}
