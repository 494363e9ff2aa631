import { campaignRoutes, errorMessage, type CampaignKey, type CampaignView } from '../api';
import { adminHeaders } from '../admin-session';
import { useCampaignResource } from './useCampaignResource';

async function loadCampaign(param: CampaignKey): Promise<CampaignView | { error: string }> {
  const res = await campaignRoutes.$get({ param }, adminHeaders());
  return res.ok ? res.json() : { error: await errorMessage(res) };
}

/** One campaign as the administration shows it (dates, phase, the changes that apply); `refresh` reads it again. */
export function useCampaignView(key: CampaignKey, onError: (message: string) => void) {
  const { value: view, refresh } = useCampaignResource(key, loadCampaign, onError);
  return { view, refresh };
}
