import { client, errorMessage, type CampaignKey, type ResponseForReview } from '../api';
import { adminHeaders } from '../admin-session';
import { useCampaignResource } from './useCampaignResource';

async function readPending({ surveyId, campaign }: CampaignKey): Promise<ResponseForReview[] | { error: string }> {
  const res = await client.api.admin.responses.$get({ query: { surveyId, campaign, verification: 'en_attente' } }, adminHeaders());
  return res.ok ? res.json() : { error: await errorMessage(res) };
}

/** The campaign's responses given without an invitation and not yet checked; `refresh` reads them again. */
export function usePendingResponses(key: CampaignKey, onError: (message: string) => void) {
  const { value: pending, refresh } = useCampaignResource(key, readPending, onError);
  return { pending, refresh };
}
