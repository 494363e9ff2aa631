import { useEffect, useState } from 'react';
import type { Model } from 'survey-core';
import { autosave } from '../fill/autosave';
import { createSurveyModel } from '../fill/create-survey-model';
import { editableUntil } from '../fill/campaign-sentences';
import { openSurvey, type FillTarget, type OpenedSurvey } from '../fill/open-survey';
import { formatDateTime } from '../format';
import { useResponseSaver } from './useResponseSaver';

export type FillSession = OpenedSurvey & {
  /** The questionnaire, or the answers read-only when the campaign is closed; null when closed with no answers to show. */
  model: Model | null;
  /** The campaign takes no answer nor edit any more. */
  closed: boolean;
};

/**
 * Opens what the address names (a survey, a private link, an invitation) as a SurveyJS
 * model that saves itself: a draft as the respondent answers, the finished response on
 * completion. A closed campaign's response opens read-only, and a closed campaign offers no form.
 */
export function useFillSession({ surveyId, responseId, invitation }: FillTarget) {
  const saver = useResponseSaver(invitation);
  const { save, resume, setStatus, notePage } = saver;
  const [session, setSession] = useState<FillSession | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [completed, setCompleted] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let stopAutosave = () => {};
    void (async () => {
      try {
        const opened = await openSurvey({ surveyId, responseId, invitation });
        if (cancelled) return;
        const { resumed, campaign, definition } = opened;
        const closed = !campaign.open;
        if (resumed) resume(resumed.held);
        if (closed && !resumed) {
          setSession({ ...opened, model: null, closed });
          return;
        }
        const model = createSurveyModel(opened, { readOnly: closed });
        const id = definition.id;
        if (!closed) {
          stopAutosave = autosave(model, (how) => void save(model, id, 'partial', how));
          model.onCurrentPageChanged.add(() => notePage(model.currentPage.name));
          model.onCompleting.add(async (_, options) => {
            if (!(await save(model, id, 'complete'))) options.allow = false;
          });
          model.onComplete.add(() => setCompleted(true));
        }
        if (resumed?.held.status === 'complete' && !closed) {
          setStatus(`Réponse terminée le ${formatDateTime(resumed.updatedAt)}\u202f; vous pouvez la modifier ${editableUntil(campaign)}. Vos modifications sont enregistrées quand vous cliquez sur «\u202fTerminer\u202f».`);
          // A finished self-diagnosis opens on its report; the answers stay one click away.
          if (definition.features.diagnostic) setCompleted(true);
        }
        setSession({ ...opened, model, closed });
      } catch (e) {
        if (!cancelled) setOpenError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
      stopAutosave();
    };
  }, [surveyId, responseId, invitation, save, resume, setStatus, notePage]);

  return { ...saver, session, openError, completed, setCompleted };
}
