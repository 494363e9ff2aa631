import { campaignRoutes, errorMessage, type CampaignChange, type CampaignKey } from '../../api';
import { adminHeaders } from '../../admin-session';

/** The campaign changes offered as buttons. */
const CHANGES: { label: string; change: CampaignChange }[] = [
  { label: 'Clore la campagne', change: { close: true } },
  { label: 'Publier les résultats', change: { publish: true } },
  { label: 'Retirer la publication', change: { publish: false } },
];

/** Close the campaign, publish or withdraw its results; each button reports what it did. */
export function CampaignActions({ surveyId, campaign, onMessage }: CampaignKey & { onMessage: (message: string) => void }) {
  return (
    <p className="actions">
      {CHANGES.map(({ label, change }) => (
        <button
          key={label}
          type="button"
          onClick={async () => {
            const res = await campaignRoutes.$patch({ param: { surveyId, campaign }, json: change }, adminHeaders());
            onMessage(res.ok ? `${label} : fait.` : await errorMessage(res));
          }}
        >
          {label}
        </button>
      ))}
    </p>
  );
}
