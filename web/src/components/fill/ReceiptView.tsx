import { useEffect, useMemo, useRef } from 'react';
import type { SurveyDefinition } from '../../api';
import type { CampaignState, HeldResponse } from '../../fill/open-survey';
import { receiptSections } from '../../fill/receipt-lines';
import { formatDateTime } from '../../format';
import { useCollectiviteLabel } from '../../hooks/useCollectiviteLabel';

interface Props {
  definition: SurveyDefinition;
  campaign: CampaignState;
  held: HeldResponse;
  answers: Record<string, unknown>;
  onClose: () => void;
}

/**
 * The printable receipt of a response: who answered, in which campaign, when, and every
 * answer given, page by page (A4: see fill.css).
 */
export function ReceiptView({ definition, campaign, held, answers, onClose }: Props) {
  const sections = useMemo(() => receiptSections(definition.json, answers), [definition.json, answers]);
  const key = typeof answers.collectivite === 'string' ? answers.collectivite : undefined;
  const collectivite = useCollectiviteLabel(key);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="receipt">
      <h1 ref={heading} tabIndex={-1}>
        Récapitulatif de vos réponses
      </h1>
      <dl className="receipt-meta">
        <div>
          <dt>Questionnaire</dt>
          <dd>{definition.title}</dd>
        </div>
        <div>
          <dt>Collectivité</dt>
          <dd>{collectivite ?? 'non renseignée'}</dd>
        </div>
        <div>
          <dt>Campagne</dt>
          <dd>{campaign.label}</dd>
        </div>
        <div>
          <dt>Réponse</dt>
          <dd>
            {held.status === 'complete' ? 'terminée' : 'en cours'}
            {held.updatedAt && `, enregistrée le ${formatDateTime(held.updatedAt)}`}
          </dd>
        </div>
      </dl>
      <p className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Imprimer le récapitulatif
        </button>{' '}
        <button type="button" className="button-secondary" onClick={onClose}>
          Revenir à vos réponses
        </button>
      </p>
      {sections.length === 0 && <p>Aucune réponse n’est encore enregistrée.</p>}
      {sections.map((section) => (
        <section key={section.title} className="receipt-section">
          <h2>{section.title}</h2>
          <table className="figures receipt-table">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Votre réponse</th>
              </tr>
            </thead>
            <tbody>
              {section.lines.map((line) => (
                <tr key={line.name}>
                  <th scope="row">{line.title}</th>
                  <td>
                    {line.name === 'collectivite' ? (
                      collectivite
                    ) : Array.isArray(line.answer) ? (
                      <ul>
                        {line.answer.map((a) => (
                          <li key={a}>{a}</li>
                        ))}
                      </ul>
                    ) : (
                      line.answer
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
