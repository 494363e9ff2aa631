import { useEffect, useState } from 'react';
import type { Model } from 'survey-core';
import { createSurveyModel } from '../fill/create-survey-model';
import { openSurvey, type FillTarget, type OpenedSurvey } from '../fill/open-survey';
import { formatDateTime } from '../format';
import { useResponseSaver } from './useResponseSaver';

export type FillSession = OpenedSurvey & { model: Model };

/**
 * Opens what the address names (a survey, a private link, an invitation) as a SurveyJS
 * model that saves itself: a draft at each page change, the finished response on completion.
 */
export function useFillSession({ surveyId, responseId, invitation }: FillTarget) {
  const saver = useResponseSaver(invitation);
  const { save, isComplete, resume, setStatus } = saver;
  const [session, setSession] = useState<FillSession | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [completed, setCompleted] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const opened = await openSurvey({ surveyId, responseId, invitation });
        if (cancelled) return;
        const model = createSurveyModel(opened);
        const id = opened.definition.id;
        // Autosave as a draft; a finished response is only saved again when finished again.
        model.onCurrentPageChanged.add(() => {
          if (!isComplete()) void save(model, id, 'partial');
        });
        model.onCompleting.add(async (_, options) => {
          if (!(await save(model, id, 'complete'))) options.allow = false;
        });
        model.onComplete.add(() => setCompleted(true));
        const { resumed } = opened;
        if (resumed) resume(resumed.held);
        if (resumed?.held.status === 'complete') {
          setStatus(`Réponse terminée le ${formatDateTime(resumed.updatedAt)} ; vous pouvez la modifier jusqu’à la clôture de la campagne.`);
          // A finished self-diagnosis opens on its report; the answers stay one click away.
          if (opened.definition.features.diagnostic) setCompleted(true);
        }
        setSession({ ...opened, model });
      } catch (e) {
        if (!cancelled) setOpenError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [surveyId, responseId, invitation, save, isComplete, resume, setStatus]);

  return { ...saver, session, openError, completed, setCompleted };
}
