import { bearer, client, errorMessage, type StoredResponse, type SurveyDefinition } from '../api';
import { rememberedResponses, tokenFromHash, type RememberedResponse } from '../remembered';

/** What the fill-in page is asked to open: a survey, a response by its private link, or an invitation. */
export interface FillTarget {
  surveyId?: string;
  responseId?: string;
  /** An invitation code: the collectivity is fixed, and the code reopens its one response. */
  invitation?: string;
}

/** A response this browser may save, through its private token. */
export interface HeldResponse {
  id: string;
  token: string;
  status: StoredResponse['status'];
  /** The version last read or written: an edit made elsewhere meanwhile is refused (412), not overwritten. */
  etag?: string;
  /** When it was last saved (ISO instant). */
  updatedAt?: string;
}

/** The campaign a page answers in: open or closed, until when, results published or not. */
export type CampaignState = StoredResponse['campaignState'];

export interface OpenedSurvey {
  definition: SurveyDefinition;
  /** The response the address reopens, with its answers. */
  resumed?: { held: HeldResponse; answers: StoredResponse['answers']; updatedAt: string };
  /** The invited collectivity: its response is bound to it. */
  invited?: { key: string; label: string };
  /** A draft of the same survey this browser began, offered to be resumed. */
  draft?: RememberedResponse;
  /** The campaign of the response reopened, the invitation's, or the one a new response would join. */
  campaign: CampaignState;
}

const INCOMPLETE_LINK = 'Ce lien est incomplet\u202f: il doit se terminer par «\u202f#jeton=…\u202f». Copiez le lien privé en entier.';

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

async function loadInvitation(code: string) {
  const res = await client.api.invitations[':code'].$get({ param: { code } });
  if (!res.ok) throw new Error(await errorMessage(res));
  return res.json();
}

/** The token of a private link: in the address's fragment, or remembered by this browser. */
const tokenOf = (responseId: string) =>
  tokenFromHash(window.location.hash) ?? rememberedResponses().find((r) => r.id === responseId)?.token;

/** Resolves what the address opens. Throws an Error whose message is the French sentence to show. */
export async function openSurvey({ surveyId, responseId, invitation }: FillTarget): Promise<OpenedSurvey> {
  let id = surveyId;
  let invited: OpenedSurvey['invited'];
  let campaign: CampaignState | undefined;
  let link = responseId ? { id: responseId, token: tokenOf(responseId) } : null;
  if (invitation) {
    const found = await loadInvitation(invitation);
    id = found.surveyId;
    invited = found.collectivite;
    campaign = found.campaignState;
    // The invitation code itself reopens the response it began.
    if (found.responseId) link = { id: found.responseId, token: invitation };
  }
  let resumed: OpenedSurvey['resumed'];
  let draft: RememberedResponse | undefined;
  if (link) {
    if (!link.token) throw new Error(INCOMPLETE_LINK);
    const response = await loadResponse(link.id, link.token);
    id = response.surveyId;
    campaign = response.campaignState;
    const held = { id: link.id, token: link.token, status: response.status, etag: response.etag, updatedAt: response.updatedAt };
    resumed = { held, answers: response.answers, updatedAt: response.updatedAt };
  } else if (!invitation) {
    draft = rememberedResponses().find((r) => r.surveyId === surveyId && r.status === 'partial');
  }
  const definition = await loadDefinition(id!);
  return { definition, resumed, invited, draft, campaign: campaign ?? definition.campaignState };
}
