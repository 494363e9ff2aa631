import { useCallback, useEffect, useState } from 'react';
import { campaignRoutes, errorMessage, type CampaignKey, type CampaignView } from '../api';
import { adminHeaders } from '../admin-session';

async function loadCampaign(param: CampaignKey): Promise<CampaignView | string> {
  const res = await campaignRoutes.$get({ param }, adminHeaders());
  return res.ok ? res.json() : errorMessage(res);
}

/** One campaign as the administration shows it (dates, phase, the changes that apply); `refresh` reads it again. */
export function useCampaignView({ surveyId, campaign }: CampaignKey, onError: (message: string) => void) {
  const [view, setView] = useState<CampaignView | null>(null);
  const show = useCallback((outcome: CampaignView | string) => (typeof outcome === 'string' ? onError(outcome) : setView(outcome)), [onError]);
  useEffect(() => {
    let cancelled = false;
    void loadCampaign({ surveyId, campaign }).then((outcome) => {
      if (!cancelled) show(outcome);
    });
    return () => {
      cancelled = true;
    };
  }, [surveyId, campaign, show]);
  const refresh = useCallback(async () => show(await loadCampaign({ surveyId, campaign })), [surveyId, campaign, show]);
  return { view, refresh };
}
