import { useState } from 'react';
import { campaignRoutes, errorMessage, type CampaignChange, type CampaignKey, type CampaignView } from '../../api';
import { adminHeaders } from '../../admin-session';
import { ConfirmDialog } from '../admin/ConfirmDialog';

interface Action {
  key: 'close' | 'publish' | 'withdraw';
  label: string;
  change: CampaignChange;
  done: string;
  /** Asked before acting: closing and withdrawing cannot simply be undone. */
  confirm?: { title: string; text: string; button: string };
}

const ACTIONS: Action[] = [
  {
    key: 'close',
    label: 'Clore la campagne',
    change: { close: true },
    done: 'La campagne est close.',
    confirm: {
      title: 'Clore la campagne maintenant\u202f?',
      text: 'Les collectivités ne pourront plus répondre ni modifier leurs réponses. Pour la rouvrir, il faudra lui donner une nouvelle date de clôture.',
      button: 'Clore la campagne',
    },
  },
  { key: 'publish', label: 'Publier les résultats', change: { publish: true }, done: 'Les résultats sont publiés.' },
  {
    key: 'withdraw',
    label: 'Retirer la publication',
    change: { publish: false },
    done: 'La publication est retirée.',
    confirm: {
      title: 'Retirer la publication des résultats\u202f?',
      text: 'Les résultats de cette campagne ne seront plus visibles du public. Une nouvelle publication ne sera acceptée que si aucune réponse, ou au moins le seuil de diffusion, a changé entre-temps.',
      button: 'Retirer la publication',
    },
  },
];

interface Props extends CampaignKey {
  view: CampaignView;
  onDone: (message: string) => Promise<void> | void;
  onError: (message: string) => void;
}

/** The changes that apply to the campaign as it stands, as buttons; closing and withdrawing ask first. */
export function CampaignActions({ surveyId, campaign, view, onDone, onError }: Props) {
  const [asking, setAsking] = useState<Action | null>(null);
  const offered = ACTIONS.filter((a) => view.can[a.key]);
  const run = async (action: Action) => {
    setAsking(null);
    const res = await campaignRoutes.$patch({ param: { surveyId, campaign }, json: action.change }, adminHeaders());
    if (res.ok) await onDone(action.done);
    else onError(await errorMessage(res));
  };
  if (offered.length === 0) return null;
  return (
    <>
      <p className="actions">
        {offered.map((action) => (
          <button key={action.key} type="button" onClick={() => (action.confirm ? setAsking(action) : void run(action))}>
            {action.label}
          </button>
        ))}
      </p>
      <ConfirmDialog
        open={asking !== null}
        title={asking?.confirm?.title ?? ''}
        confirmLabel={asking?.confirm?.button ?? ''}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && void run(asking)}
      >
        <p>{asking?.confirm?.text}</p>
      </ConfirmDialog>
    </>
  );
}
