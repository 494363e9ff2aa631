import { useEffect, useRef, useState } from 'react';
import type { InferRequestType } from 'hono/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/french';
import { registerCustomProperties } from '../../../surveys/custom-properties';
import { bearer, client, errorMessage, type StoredResponse } from '../api';
import { DiagnosticReport } from '../components/DiagnosticReport';
import { ResumeLink } from '../components/ResumeLink';
import { formatDateTime } from '../format';
import { remember, rememberedResponses, tokenFromHash, type RememberedResponse } from '../remembered';
import { Link } from '../router';

interface Props {
  surveyId?: string;
  responseId?: string;
  /** An invitation code: the collectivity is fixed, and the code reopens its one response. */
  invitation?: string;
}

interface Held {
  id: string;
  token: string;
  status: StoredResponse['status'];
  /** The version last read or written: an edit made elsewhere meanwhile is refused (412), not overwritten. */
  etag?: string;
}

type Answers = Record<string, unknown>;

async function loadDefinition(surveyId: string) {
  const res = await client.api.surveys[':id'].$get({ param: { id: surveyId } });
  if (!res.ok) throw new Error(await errorMessage(res));
  return res.json();
}

async function loadResponse(id: string, token: string) {
  const res = await client.api.responses[':id'].$get({ param: { id } }, bearer(token));
  if (!res.ok) throw new Error(await errorMessage(res));
  return { ...(await res.json()), etag: res.headers.get('etag') ?? undefined };
}

type Envelope = InferRequestType<(typeof client.api.responses)[':id']['$put']>['json'];

/** Replaces a held response; its version makes an edit made elsewhere meanwhile fail (412) instead of being overwritten. Returns the error message on refusal. */
async function replaceResponse(current: Held, json: Envelope): Promise<Held | string> {
  const res = await client.api.responses[':id'].$put(
    { param: { id: current.id }, json },
    { headers: { ...bearer(current.token).headers, ...(current.etag ? { 'If-Match': current.etag } : {}) } },
  );
  if (!res.ok) return errorMessage(res);
  return { ...current, status: json.status, etag: res.headers.get('etag') ?? undefined };
}

/** Creates the response at its first save. Returns the error message on refusal. */
async function createResponse(surveyId: string, json: Envelope): Promise<Held | string> {
  const res = await client.api.surveys[':id'].responses.$post({ param: { id: surveyId }, json });
  if (!res.ok) return errorMessage(res);
  const { id, token } = await res.json();
  return { id, token, status: json.status, etag: '"v1"' };
}

/** The registry picker: SurveyJS asks for pages of choices as the respondent types. */
function connectRegistry(model: Model): void {
  model.onChoicesLazyLoad.add(async (_, options) => {
    if (options.question.name !== 'collectivite') return;
    const res = await client.api.collectivites.$get({
      query: { q: options.filter, skip: String(options.skip), take: String(options.take) },
    });
    if (!res.ok) return options.setItems([], 0);
    const page = await res.json();
    options.setItems(
      page.items.map((i) => ({ value: i.key, text: i.label })),
      page.total,
    );
  });
  model.onGetChoiceDisplayValue.add(async (_, options) => {
    if (options.question.name !== 'collectivite') return;
    const labels = await Promise.all(
      options.values.map(async (key: string) => {
        const res = await client.api.collectivites[':key'].$get({ param: { key } });
        return res.ok ? (await res.json()).label : key;
      }),
    );
    options.setItems(labels);
  });
  // Choosing a collectivity answers its type and population band from the registry.
  model.onValueChanged.add(async (sender, options) => {
    if (options.name !== 'collectivite' || typeof options.value !== 'string') return;
    const res = await client.api.collectivites[':key'].$get({ param: { key: options.value } });
    if (!res.ok) return;
    const entry = await res.json();
    sender.setValue('collectivite_type', entry.type);
    if (entry.strate) sender.setValue('strate_population', entry.strate);
  });
}

export default function FillPage({ surveyId, responseId, invitation }: Props) {
  const [model, setModel] = useState<Model | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [held, setHeld] = useState<Held | null>(null);
  const [draft, setDraft] = useState<RememberedResponse | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [completed, setCompleted] = useState(false);
  const [surveyOf, setSurveyOf] = useState('');
  const heldRef = useRef<Held | null>(null);
  const invitedRef = useRef<{ key: string; label: string } | null>(null);
  const [invitedLabel, setInvitedLabel] = useState<string | null>(null);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        let id = surveyId;
        let answers: Answers | undefined;
        let resume: { id: string; token: string | undefined } | null = responseId
          ? { id: responseId, token: tokenFromHash(window.location.hash) ?? rememberedResponses().find((r) => r.id === responseId)?.token }
          : null;
        if (invitation) {
          const res = await client.api.invitations[':code'].$get({ param: { code: invitation } });
          if (!res.ok) throw new Error(await errorMessage(res));
          const invited = await res.json();
          id = invited.surveyId;
          invitedRef.current = invited.collectivite;
          setInvitedLabel(invited.collectivite.label);
          // The invitation code itself reopens the response it began.
          if (invited.responseId) resume = { id: invited.responseId, token: invitation };
        }
        if (resume) {
          if (!resume.token) throw new Error('Ce lien est incomplet : il doit se terminer par « #jeton=… ». Copiez le lien privé en entier.');
          const response = await loadResponse(resume.id, resume.token);
          id = response.surveyId;
          answers = response.answers;
          heldRef.current = { id: resume.id, token: resume.token, status: response.status, etag: response.etag };
          // A finished self-diagnosis opens on its report; the answers stay one click away.
          if (response.status === 'complete' && response.surveyId === 'autodiagnostic') setCompleted(true);
          if (response.status === 'complete') {
            setStatus(`Réponse terminée le ${formatDateTime(response.updatedAt)} ; vous pouvez la modifier jusqu’à la clôture de la campagne.`);
          }
        } else if (!invitation) {
          const previous = rememberedResponses().find((r) => r.surveyId === surveyId && r.status === 'partial');
          setDraft(previous ?? null);
        }
        const definition = await loadDefinition(id!);
        if (cancelled) return;
        registerCustomProperties();
        const m = new Model(definition.json);
        m.locale = 'fr';
        m.showTitle = false;
        m.showProgressBar = true;
        m.progressBarType = 'pages';
        m.progressBarShowPageTitles = true;
        m.showCompletePage = false;
        if (answers) m.data = answers;
        connectRegistry(m);
        if (invitedRef.current) {
          // Invited: the collectivity is the invited one, and cannot be changed.
          if (!answers) m.setValue('collectivite', invitedRef.current.key);
          const q = m.getQuestionByName('collectivite');
          if (q) q.readOnly = true;
        }
        m.onCurrentPageChanged.add(() => {
          // Autosave as a draft; a finished response is only saved again when finished again.
          if (heldRef.current?.status !== 'complete') void save(m, definition.id, 'partial');
        });
        m.onCompleting.add(async (_, options) => {
          const ok = await save(m, definition.id, 'complete');
          if (!ok) {
            options.allow = false;
          }
        });
        m.onComplete.add(() => setCompleted(true));
        setTitle(definition.title);
        setSurveyOf(definition.id);
        setDescription(String(definition.json.description ?? ''));
        setHeld(heldRef.current);
        setModel(m);
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [surveyId, responseId, invitation]);

  /** Saves in order: the first save creates the response, the next ones replace it. */
  function save(m: Model, id: string, wanted: Held['status']): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      setStatus('Enregistrement en cours…');
      const answers: Answers = m.data;
      const json = { answers, status: wanted };
      const current = heldRef.current;
      const outcome = current ? await replaceResponse(current, json) : await createResponse(id, invitation ? { ...json, invitation } : json);
      if (typeof outcome === 'string') {
        setStatus('');
        setError(`Vos réponses n’ont pas pu être enregistrées. ${outcome}`);
        return false;
      }
      const next = outcome;
      // The address becomes the private link (an invitation keeps its own link, which also reopens the response).
      if (!current && !invitation) window.history.replaceState(null, '', `/reponses/${next.id}#jeton=${next.token}`);
      heldRef.current = next;
      setHeld(next);
      remember({ surveyId: id, id: next.id, token: next.token, status: wanted, savedAt: new Date().toISOString() });
      setError(null);
      setStatus(`Réponses enregistrées à ${new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}.`);
      return true;
    };
    queue.current = queue.current.then(run, run);
    return queue.current;
  }

  if (error && !model) {
    return (
      <section>
        <h1>Impossible d’ouvrir ce questionnaire</h1>
        <p role="alert" className="error">{error}</p>
        <p>
          <Link href="/">Retour à l’accueil</Link>
        </p>
      </section>
    );
  }
  if (!model) return <p role="status">Chargement du questionnaire…</p>;

  if (completed && held) {
    return (
      <section className="completion">
        <div className="no-print">
          <h1>Merci, votre réponse est enregistrée</h1>
          <p>
            Votre réponse au questionnaire « {title} » est complète. Vous pouvez la relire et la modifier avec votre lien
            privé jusqu’à la clôture de la campagne.
          </p>
          <ResumeLink id={held.id} token={held.token} />
          <p className="actions">
            <button
              type="button"
              onClick={() => {
                model.clear(false, true);
                setCompleted(false);
              }}
            >
              Modifier mes réponses
            </button>{' '}
            {surveyOf === 'enquete-annuelle' && (
              <>
                <Link href={`/reponses/${held.id}/pairs#jeton=${held.token}`}>Votre collectivité face à ses pairs</Link>{' '}
              </>
            )}
            <Link href="/">Retour à l’accueil</Link>
          </p>
        </div>
        {surveyOf === 'autodiagnostic' && <DiagnosticReport id={held.id} token={held.token} />}
      </section>
    );
  }

  return (
    <section className="fill">
      <h1>{title}</h1>
      {description && <p className="lead">{description}</p>}
      {invitedLabel && (
        <p className="notice">
          Invitation de l’ARRICOD pour <strong>{invitedLabel}</strong> : ce lien vous ramène à votre réponse tant que la
          campagne est ouverte.
        </p>
      )}
      {draft && !held && (
        <div className="notice">
          <p>
            Vous avez commencé ce questionnaire le {formatDateTime(draft.savedAt)} sur ce navigateur.{' '}
            <Link href={`/reponses/${draft.id}#jeton=${draft.token}`}>Reprendre cette réponse</Link> ou continuer
            ci-dessous pour en commencer une nouvelle.
          </p>
        </div>
      )}
      {held && <ResumeLink id={held.id} token={held.token} />}
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <Survey model={model} />
    </section>
  );
}
