import type { CampaignView } from '../../api';
import { whenInWords } from '../admin/paris-time';
import { phaseInWords, publicationInWords } from './campaign-words';

/** Where the campaign stands and its dates, in words. */
export function CampaignSummary({ view }: { view: CampaignView }) {
  return (
    <dl className="campaign-state">
      <div>
        <dt>État</dt>
        <dd>{phaseInWords(view)}</dd>
      </div>
      <div>
        <dt>Ouverture</dt>
        <dd>{view.opensAt ? `le ${whenInWords(view.opensAt)}` : 'dès sa création'}</dd>
        <dt>Clôture</dt>
        <dd>{view.closesAt ? `le ${whenInWords(view.closesAt)}` : 'aucune date fixée'}</dd>
      </div>
      <div>
        <dt>Résultats</dt>
        <dd>{publicationInWords(view)}</dd>
      </div>
    </dl>
  );
}
