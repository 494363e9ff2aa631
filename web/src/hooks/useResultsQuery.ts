import { useState } from 'react';

/** The campaign (the current one when none is named) and the type of collectivity the results are shown for. */
export interface ResultsQuery {
  campaign: string | undefined;
  type: string;
}

function readQuery(): ResultsQuery {
  const p = new URLSearchParams(window.location.search);
  return { campaign: p.get('campagne') ?? undefined, type: p.get('type') ?? '' };
}

/** The results' filters, kept in the address (?campagne=…&type=…) so that a view can be shared. */
export function useResultsQuery() {
  const [query, setQuery] = useState(readQuery);
  const update = (next: Partial<ResultsQuery>) => {
    const merged = { ...query, ...next };
    const p = new URLSearchParams();
    if (merged.campaign) p.set('campagne', merged.campaign);
    if (merged.type) p.set('type', merged.type);
    window.history.replaceState(null, '', `${window.location.pathname}${p.size ? `?${p}` : ''}`);
    setQuery(merged);
  };
  return { query, update };
}
