import { useId } from 'react';

export interface CampaignDates {
  /** `datetime-local` values, in Paris time; '' when unset. */
  opensAt: string;
  closesAt: string;
}

/** The opening and closing dates of a campaign, typed in Paris time. */
export function DateFields({ dates, onChange }: { dates: CampaignDates; onChange: (dates: CampaignDates) => void }) {
  const id = useId();
  return (
    <fieldset>
      <legend>Dates (heure de Paris)</legend>
      <label htmlFor={`${id}-ouverture`}>Ouverture (vide&#8239;: dès sa création)</label>
      <input id={`${id}-ouverture`} type="datetime-local" value={dates.opensAt} onChange={(e) => onChange({ ...dates, opensAt: e.target.value })} />
      <label htmlFor={`${id}-cloture`}>Clôture (vide&#8239;: jusqu’à ce que vous la closiez)</label>
      <input id={`${id}-cloture`} type="datetime-local" value={dates.closesAt} min={dates.opensAt || undefined} onChange={(e) => onChange({ ...dates, closesAt: e.target.value })} />
      <p className="hint">Les réponses sont acceptées jusqu’à la clôture, qui se fait d’elle-même à la date indiquée.</p>
    </fieldset>
  );
}
