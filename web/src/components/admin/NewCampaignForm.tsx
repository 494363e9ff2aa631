import { useState } from 'react';
import { client, errorMessage, type SurveySummary } from '../../api';
import { adminHeaders } from '../../admin-session';
import { navigate } from '../../router';
import { DateFields, type CampaignDates } from './DateFields';
import { fromParisInput } from './paris-time';

/** Opens a campaign of an instrument, with its dates, then goes to its page. */
export function NewCampaignForm({ surveys, onError }: { surveys: SurveySummary[]; onError: (message: string) => void }) {
  // The annual survey first: its yearly campaign is what the administrator opens most.
  const annual = surveys.find((s) => s.features.campaigns === 'annuelle') ?? surveys[0];
  const [form, setForm] = useState({ surveyId: annual?.id ?? '', campaign: String(new Date().getFullYear() + 1), label: '' });
  const [dates, setDates] = useState<CampaignDates>({ opensAt: '', closesAt: '' });
  return (
    <form
      className="admin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const json = {
          surveyId: form.surveyId,
          campaign: form.campaign,
          ...(form.label ? { label: form.label } : {}),
          opensAt: fromParisInput(dates.opensAt),
          closesAt: fromParisInput(dates.closesAt),
        };
        const res = await client.api.admin.campaigns.$post({ json }, adminHeaders());
        if (!res.ok) return onError(await errorMessage(res));
        navigate(`/admin/campagnes/${form.surveyId}/${form.campaign}`);
      }}
    >
      <label>
        Questionnaire
        <select value={form.surveyId} onChange={(e) => setForm({ ...form, surveyId: e.target.value })}>
          {surveys.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Nom de la campagne (l’année, par exemple)
        <input value={form.campaign} onChange={(e) => setForm({ ...form, campaign: e.target.value })} required pattern="[A-Za-z0-9_\-]{1,32}" />
      </label>
      <label>
        Intitulé (facultatif)
        <input value={form.label} onChange={(e) => setForm({ ...form, label: e.target.value })} />
      </label>
      <DateFields dates={dates} onChange={setDates} />
      <button type="submit">Créer la campagne</button>
    </form>
  );
}
