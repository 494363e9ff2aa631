import { useState } from 'react';
import { campaignRoutes, errorMessage, type CampaignKey, type CampaignView } from '../../api';
import { adminHeaders } from '../../admin-session';
import { DateFields, type CampaignDates } from '../admin/DateFields';
import { fromParisInput, toParisInput } from '../admin/paris-time';

interface Props extends CampaignKey {
  view: CampaignView;
  onDone: (message: string) => Promise<void> | void;
  onError: (message: string) => void;
}

/** The campaign's label and dates, read and written in Paris time. */
export function CampaignEditForm({ surveyId, campaign, view, onDone, onError }: Props) {
  const [label, setLabel] = useState(view.label);
  const [dates, setDates] = useState<CampaignDates>({ opensAt: toParisInput(view.opensAt), closesAt: toParisInput(view.closesAt) });
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const json = { label, opensAt: fromParisInput(dates.opensAt), closesAt: fromParisInput(dates.closesAt) };
        const res = await campaignRoutes.$patch({ param: { surveyId, campaign }, json }, adminHeaders());
        if (res.ok) await onDone('Campagne modifiée.');
        else onError(await errorMessage(res));
      }}
    >
      <label htmlFor="intitule-campagne">Intitulé</label>
      <input id="intitule-campagne" value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={200} />
      <DateFields dates={dates} onChange={setDates} />
      <button type="submit">Enregistrer</button>
    </form>
  );
}
