import type { InferResponseType } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { client, campaignRoutes } from '../../web/src/api.js';

/*
 * What the API answers, as the typed client infers it from the handlers: the web app's own
 * names, and the few answers only the tests read. A test that reads a body by one of these
 * types stops compiling when the route's answer changes shape.
 */
export type {
  CampaignTracking,
  Diagnostic,
  InvitationsAnswer,
  PeersAnswer,
  PublishedComparison,
  ResponseForReview,
  ResultsAnswer,
  StoredResponse,
  SurveyDefinition,
  SurveySummary,
  TrendsAnswer,
} from '../../web/src/api.js';

type Api = typeof client.api;
type Success<Route> = InferResponseType<Route, SuccessStatusCode>;

export type CreatedResponse = Success<Api['surveys'][':id']['responses']['$post']>;
export type OpenedInvitation = Success<Api['invitations'][':code']['$get']>;
export type CollectivitesPage = Success<Api['collectivites']['$get']>;
export type CollectiviteView = Success<Api['collectivites'][':key']['$get']>;
export type ImportAnswer = Success<(typeof campaignRoutes)['import']['$post']>;
