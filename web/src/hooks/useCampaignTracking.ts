import { useEffect } from 'react';
import { campaignRoutes, errorMessage, type CampaignKey, type CampaignTracking } from '../api';
import { adminHeaders } from '../admin-session';
import { useCampaignResource } from './useCampaignResource';

const WAITING_REFRESH_MS = 2000;

/** The campaign's tracking, or the French message saying why it could not be read. */
async function loadTracking(param: CampaignKey): Promise<CampaignTracking | { error: string }> {
  const res = await campaignRoutes.tracking.$get({ param }, adminHeaders());
  return res.ok ? res.json() : { error: await errorMessage(res) };
}

/** Who was invited to a campaign and who answered: loaded at once, again on `refresh`, and regularly while messages wait. */
export function useCampaignTracking(key: CampaignKey, onError: (message: string) => void) {
  const { value: tracking, refresh } = useCampaignResource(key, loadTracking, onError);

  // While messages wait to be sent, read again every few seconds: their statuses change on their own.
  const waiting = tracking?.invitations.some((i) => i.mail?.status === 'en_attente') ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, WAITING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting, refresh]);

  return { tracking, refresh };
}
