import { useCallback, useRef, useState } from 'react';
import type { Model } from 'survey-core';
import type { HeldResponse } from '../fill/open-survey';
import { createResponse, replaceResponse, type ResponseEnvelope } from '../fill/save-response';
import { remember } from '../remembered';

const savedAt = () => new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });

/**
 * Saves a response in order, one save after the other: the first creates it, the next ones
 * replace it. Says where saving stands (`status`) and why it failed (`error`).
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

  const save = useCallback(
    (model: Model, surveyId: string, wanted: HeldResponse['status']): Promise<boolean> => {
      const run = async (): Promise<boolean> => {
        setStatus('Enregistrement en cours…');
        const json: ResponseEnvelope = { answers: model.data, status: wanted };
        const current = heldRef.current;
        const outcome = current ? await replaceResponse(current, json) : await createResponse(surveyId, invitation ? { ...json, invitation } : json);
        if (typeof outcome === 'string') {
          setStatus('');
          setError(`Vos réponses n’ont pas pu être enregistrées. ${outcome}`);
          return false;
        }
        // The address becomes the private link (an invitation keeps its own link, which also reopens the response).
        if (!current && !invitation) window.history.replaceState(null, '', `/reponses/${outcome.id}#jeton=${outcome.token}`);
        resume(outcome);
        remember({ surveyId, id: outcome.id, token: outcome.token, status: wanted, savedAt: new Date().toISOString() });
        setError(null);
        setStatus(`Réponses enregistrées à ${savedAt()}.`);
        return true;
      };
      queue.current = queue.current.then(run, run);
      return queue.current;
    },
    [invitation, resume],
  );

  return { held, status, error, setStatus, resume, isComplete, save };
}
