import { useCallback, useEffect, useState } from 'react';
import { client, errorMessage, type CampaignKey, type ResponseForReview } from '../api';
import { adminHeaders } from '../admin-session';

type Read = { pending: ResponseForReview[] } | { error: string };

async function readPending({ surveyId, campaign }: CampaignKey): Promise<Read> {
  const res = await client.api.admin.responses.$get({ query: { surveyId, campaign, verification: 'en_attente' } }, adminHeaders());
  return res.ok ? { pending: await res.json() } : { error: await errorMessage(res) };
}

/** The campaign's responses given without an invitation and not yet checked; `refresh` reads them again. */
export function usePendingResponses({ surveyId, campaign }: CampaignKey, onError: (message: string) => void) {
  const [pending, setPending] = useState<ResponseForReview[] | null>(null);
  const apply = useCallback((read: Read) => ('pending' in read ? setPending(read.pending) : onError(read.error)), [onError]);
  useEffect(() => {
    let cancelled = false;
    void readPending({ surveyId, campaign }).then((read) => {
      if (!cancelled) apply(read);
    });
    return () => {
      cancelled = true;
    };
  }, [surveyId, campaign, apply]);
  return { pending, refresh: () => readPending({ surveyId, campaign }).then(apply) };
}
