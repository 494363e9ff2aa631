import type { SurveyDefinition } from '../../api';
import { editableUntil } from '../../fill/campaign-sentences';
import type { CampaignState, HeldResponse } from '../../fill/open-survey';
import { useVerification } from '../../hooks/useVerification';
import { Link } from '../../router';
import { DiagnosticReport } from '../DiagnosticReport';
import { ResumeLink } from '../ResumeLink';

interface Props {
  definition: SurveyDefinition;
  campaign: CampaignState;
  held: HeldResponse;
  /** Back to the questionnaire, answers kept. */
  onEdit: () => void;
  /** Shows the printable summary of the answers. */
  onShowReceipt: () => void;
}

/** The thanks once a response is complete: its private link, then the self-diagnosis report or the peers link, as the instrument offers. */
export function CompletionView({ definition, campaign, held, onEdit, onShowReceipt }: Props) {
  const { title, features } = definition;
  const verification = useVerification(held.id, held.token);
  return (
    <section className="completion">
      <div className="no-print">
        <h1>Merci, votre réponse est enregistrée</h1>
        <p>
          {`Votre réponse au questionnaire «\u202f${title}\u202f» est complète.`} Vous pouvez la relire et la modifier avec votre lien
          privé {editableUntil(campaign)}.
        </p>
        {verification === 'en_attente' && (
          <p className="notice" role="note">
            {'Vous avez répondu sans lien d’invitation\u202f:'} votre réponse comptera dans les résultats et les comparaisons une fois que
            l’ARRICOD aura vérifié qu’elle vient bien de la collectivité indiquée.
          </p>
        )}
        <ResumeLink id={held.id} token={held.token} />
        <p className="actions">
          <button type="button" onClick={onEdit}>
            Modifier mes réponses
          </button>{' '}
          <button type="button" className="button-secondary" onClick={onShowReceipt}>
            Récapitulatif de vos réponses
          </button>{' '}
          {features.peers && !features.diagnostic && (
            <>
              <Link href={`/reponses/${held.id}/pairs#jeton=${held.token}`}>Votre collectivité face à ses pairs</Link>{' '}
            </>
          )}
          <Link href="/">Retour à l’accueil</Link>
        </p>
      </div>
      {features.diagnostic && <DiagnosticReport id={held.id} token={held.token} />}
    </section>
  );
}
