import { useCallback, useRef, useState } from 'react';
import type { Model } from 'survey-core';
import type { DraftSave } from '../fill/autosave';
import { formatClockTime } from '../fill/french-dates';
import type { HeldResponse } from '../fill/open-survey';
import { createResponse, replaceResponse, type ResponseEnvelope } from '../fill/save-response';
import { remember, rememberPage } from '../remembered';

const ANNOUNCED: DraftSave = { quiet: false, keepalive: false };

/**
 * Saves a response in order, one save after the other: the first creates it, the next ones
 * replace it. Says where saving stands (`status`, "Enregistré à 14 h 32") and why it failed
 * (`error`). A draft never replaces a finished response: it is saved again only when finished again.
 */
export function useResponseSaver(invitation: string | undefined) {
  const [held, setHeld] = useState<HeldResponse | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Read by SurveyJS's event handlers, which outlive the render that registered them.
  const heldRef = useRef<HeldResponse | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  /** Holds a reopened response: the next saves replace it. */
  const resume = useCallback((response: HeldResponse) => {
    heldRef.current = response;
    setHeld(response);
  }, []);

  const isComplete = useCallback(() => heldRef.current?.status === 'complete', []);

  /** Notes the page the held response is on (one not yet saved has none): its private link reopens there. */
  const notePage = useCallback((page: string) => {
    if (heldRef.current) rememberPage(heldRef.current.id, page);
  }, []);

  const save = useCallback(
    (model: Model, surveyId: string, wanted: HeldResponse['status'], how: DraftSave = ANNOUNCED): Promise<boolean> => {
      const run = async (): Promise<boolean> => {
        const current = heldRef.current;
        if (wanted === 'partial' && current?.status === 'complete') return true;
        // Not created as the page goes away: its private link could be neither shown nor remembered.
        if (how.keepalive && !current) return true;
        if (!how.quiet) setStatus('Enregistrement en cours…');
        const json: ResponseEnvelope = { answers: model.data, status: wanted };
        const outcome = current
          ? await replaceResponse(current, json, how.keepalive)
          : await createResponse(surveyId, invitation ? { ...json, invitation } : json, how.keepalive);
        if (typeof outcome === 'string') {
          setStatus('');
          setError(`Vos réponses n’ont pas pu être enregistrées. ${outcome}`);
          return false;
        }
        // The address becomes the private link (an invitation keeps its own link, which also reopens the response).
        if (!current && !invitation) window.history.replaceState(null, '', `/reponses/${outcome.id}#jeton=${outcome.token}`);
        resume(outcome);
        const page = model.currentPage?.name;
        remember({ surveyId, id: outcome.id, token: outcome.token, status: wanted, savedAt: new Date().toISOString(), page });
        setError(null);
        setStatus(`Enregistré à ${formatClockTime(new Date())}`);
        return true;
      };
      queue.current = queue.current.then(run, run);
      return queue.current;
    },
    [invitation, resume],
  );

  return { held, status, error, setStatus, resume, isComplete, notePage, save };
}
