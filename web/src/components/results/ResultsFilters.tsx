import type { PublishedCampaign, ResultsAnswer } from '../../api';
import { formatInteger } from '../../format';
import type { ResultsQuery } from '../../hooks/useResultsQuery';

interface Props {
  campaigns: PublishedCampaign[];
  doc: ResultsAnswer | null;
  query: ResultsQuery;
  typeLabels: Map<string, string>;
  onChange: (next: Partial<ResultsQuery>) => void;
}

/** The campaign and the type of collectivity to show, each with its number of responses. */
export function ResultsFilters({ campaigns, doc, query, typeLabels, onChange }: Props) {
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Campagne{' '}
        <select value={doc?.campaign ?? query.campaign ?? ''} onChange={(e) => onChange({ campaign: e.target.value, type: '' })}>
          {campaigns.map((c) => (
            <option key={c.campaign} value={c.campaign}>
              {c.label} ({formatInteger(c.n)} réponses)
            </option>
          ))}
        </select>
      </label>
      <label>
        Type de collectivité{' '}
        <select value={query.type} onChange={(e) => onChange({ type: e.target.value })}>
          <option value="">Toutes ({formatInteger(doc?.n)})</option>
          {Object.entries(doc?.groups ?? {}).map(([code, g]) => (
            <option key={code} value={code}>
              {typeLabels.get(code) ?? code} ({formatInteger(g.n)}){g.suppressed ? ' — non publié' : ''}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
