import { hc, type InferRequestType, type InferResponseType } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '../../api/app';
import type { ErrorBody } from '../../api/http/errors';

/** Typed client of our own API: routes, parameters and bodies come from the server's types. */
export const client = hc<AppType>('/');

/** The administration's routes of one campaign. */
export const campaignRoutes = client.api.admin.campaigns[':surveyId'][':campaign'];
/** The parameters naming a campaign in those routes. */
export type CampaignKey = { surveyId: string; campaign: string };

type Api = typeof client.api;
type CampaignRoute = typeof campaignRoutes;
/** What a route answers when it succeeds, as the client infers it from the handler. */
type Success<Route> = InferResponseType<Route, SuccessStatusCode>;

export type SurveySummary = Success<Api['surveys']['$get']>[number];
export type SurveyDefinition = Success<Api['surveys'][':id']['$get']>;
export type PublishedCampaign = Success<Api['surveys'][':id']['campaigns']['$get']>[number];
export type ResultsAnswer = Success<Api['surveys'][':id']['results']['$get']>;
export type TrendsAnswer = Success<Api['surveys'][':id']['trends']['$get']>;
export type PublishedComparison = Success<Api['surveys'][':id']['published']['$get']>[number];
export type StoredResponse = Success<Api['responses'][':id']['$get']>;
export type Diagnostic = Success<Api['responses'][':id']['diagnostic']['$get']>;
export type PeersAnswer = Success<Api['responses'][':id']['peers']['$get']>;
export type AdminCampaign = Success<Api['admin']['campaigns']['$get']>[number];
export type CampaignTracking = Success<CampaignRoute['tracking']['$get']>;
export type InvitationsAnswer = Success<CampaignRoute['invitations']['$post']>;
export type CampaignChange = InferRequestType<CampaignRoute['$patch']>['json'];
export type ResponseForReview = Success<Api['admin']['responses']['$get']>[number];

/** The French message of an error answer, with the per-question details when there are some. */
export async function errorMessage(res: Response, separator = ' '): Promise<string> {
  try {
    // A plain Response's JSON is untyped: every error answer has the error handler's shape.
    const body: ErrorBody = await res.json();
    const details = body.error.details.map((d) => d.message);
    return [body.error.message, ...details].join(separator);
  } catch {
    return `Le serveur a répondu ${res.status}\u202f; réessayez dans un instant.`;
  }
}

export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
