import type { AdminCampaign } from '../../api';
import { formatInteger } from '../../format';
import { Link } from '../../router';
import { ScrollTable } from '../ScrollTable';
import { phaseInWords, publicationInWords } from '../campaign/campaign-words';

/** Every campaign, with its questionnaire's title, with its state and dates in words, its results' publication and its counts; each links to its page. */
export function CampaignsTable({ campaigns, surveyTitles }: { campaigns: AdminCampaign[]; surveyTitles: ReadonlyMap<string, string> }) {
  return (
    <ScrollTable label="Campagnes">
      <table className="figures">
        <thead>
          <tr>
            <th scope="col">Campagne</th>
            <th scope="col">Questionnaire</th>
            <th scope="col">État</th>
            <th scope="col">Résultats</th>
            <th scope="col">Réponses complètes / en cours</th>
            <th scope="col">À vérifier</th>
            <th scope="col">Invitations</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={`${c.surveyId}/${c.campaign}`}>
              <th scope="row">
                <Link href={`/admin/campagnes/${c.surveyId}/${c.campaign}`}>{c.label}</Link>
              </th>
              <td>{surveyTitles.get(c.surveyId) ?? c.surveyId}</td>
              <td>{phaseInWords(c)}</td>
              <td>{publicationInWords(c)}</td>
              <td>
                {formatInteger(c.complete)} / {formatInteger(c.partial)}
              </td>
              <td>{formatInteger(c.pending)}</td>
              <td>{formatInteger(c.invited)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
