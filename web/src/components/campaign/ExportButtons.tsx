import { campaignRoutes, errorMessage, type CampaignKey } from '../../api';
import { adminHeaders, download } from '../../admin-session';

const FORMATS = ['csv', 'xlsx', 'json'] as const;

/** Downloads the campaign's responses, with the questions' labels, in each export format. */
export function ExportButtons({ surveyId, campaign, onError }: CampaignKey & { onError: (message: string) => void }) {
  return (
    <p className="actions">
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          onClick={async () => {
            const res = await campaignRoutes.export.$get({ param: { surveyId, campaign }, query: { format, labels: '1' } }, adminHeaders());
            if (!res.ok) return onError(await errorMessage(res));
            download(await res.blob(), `${surveyId}-${campaign}.${format}`);
          }}
        >
          {format.toUpperCase()}
        </button>
      ))}
    </p>
  );
}
