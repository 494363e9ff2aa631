import { formatDate, formatNumber } from '../format';
import { useDiagnosticReport } from '../hooks/useDiagnosticReport';
import { CategoriesSection, FundingSection, IndicatorsSection } from './diagnostic/AdviceSections';
import { ActorsSection } from './diagnostic/ActorsSection';
import { EchelonsSection, ExamplesSection, TrainingSection } from './diagnostic/HelpsSections';
import { PeersSection } from './diagnostic/PeersSection';
import { RecommendationsSection } from './diagnostic/RecommendationsSection';
import { StepsSection } from './diagnostic/StepsSection';
import { PrintButton } from './PeerGaps';

/** The self-diagnosis report: who and when, scores, level, recommendations into the guide, peers. Prints on A4. */
export function DiagnosticReport({ id, token }: { id: string; token: string }) {
  const { report, error } = useDiagnosticReport(id, token);

  if (error || !report) {
    return (
      <article className="report">
        <h1>Votre autodiagnostic</h1>
        {error ? <p role="alert" className="error">{error}</p> : <p role="status">Calcul de votre autodiagnostic…</p>}
      </article>
    );
  }
  const { diagnostic, peers, labels, respondent } = report;

  return (
    <article className="report">
      <header className="report-header">
        <h1>Votre autodiagnostic</h1>
        <p className="report-meta">
          <span>{respondent.collectivite ?? 'Collectivité non indiquée'}</span>
          {respondent.answeredAt && <span> · réponses du {formatDate(respondent.answeredAt)}</span>}
          <span> · rapport établi le {formatDate(new Date().toISOString())}</span>
        </p>
      </header>
      <p className="level">
        Niveau{'\u202f'}: <strong>{diagnostic.levelLabel}</strong> — score global {formatNumber(diagnostic.overall)} sur 100
        {peers && !peers.suppressed && peers.numbers?.overall && (
          <> (médiane de vos pairs{'\u202f'}: {formatNumber(peers.numbers.overall.peerMedian)})</>
        )}
      </p>
      <StepsSection diagnostic={diagnostic} peers={peers} />
      <PeersSection peers={peers} typology={labels.get('typologie_actions')} />
      <RecommendationsSection diagnostic={diagnostic} labels={labels} />
      <CategoriesSection diagnostic={diagnostic} />
      <ExamplesSection diagnostic={diagnostic} />
      <IndicatorsSection diagnostic={diagnostic} />
      <FundingSection diagnostic={diagnostic} />
      <EchelonsSection diagnostic={diagnostic} />
      <ActorsSection diagnostic={diagnostic} />
      <TrainingSection diagnostic={diagnostic} />
      <PrintButton label="Imprimer le rapport" />
    </article>
  );
}
