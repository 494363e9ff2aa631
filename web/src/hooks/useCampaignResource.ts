import { useCallback, useEffect, useState } from 'react';
import type { CampaignKey } from '../api';

/**
 * Something the administration reads about one campaign: read at once and again on
 * `refresh`; a read that fails hands its French message to `onError` and keeps what was
 * shown. `load` answers the value or the message, and must be a stable function (declared
 * at module level) so that the campaign alone decides when to read again.
 */
export function useCampaignResource<T>(
  { surveyId, campaign }: CampaignKey,
  load: (key: CampaignKey) => Promise<T | { error: string }>,
  onError: (message: string) => void,
) {
  const [value, setValue] = useState<T | null>(null);
  const show = useCallback(
    (outcome: T | { error: string }) => {
      if (outcome && typeof outcome === 'object' && 'error' in outcome) onError(outcome.error);
      else setValue(outcome as T);
    },
    [onError],
  );
  useEffect(() => {
    let cancelled = false;
    void load({ surveyId, campaign }).then((outcome) => {
      if (!cancelled) show(outcome);
    });
    return () => {
      cancelled = true;
    };
  }, [surveyId, campaign, load, show]);
  const refresh = useCallback(async () => show(await load({ surveyId, campaign })), [surveyId, campaign, load, show]);
  return { value, refresh };
}
