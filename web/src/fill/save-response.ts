import type { InferRequestType } from 'hono/client';
import { bearer, client, errorMessage } from '../api';
import type { HeldResponse } from './open-survey';

/** The body of a save: the answers, the status, and for a first save the invitation it answers. */
export type ResponseEnvelope = InferRequestType<(typeof client.api.responses)[':id']['$put']>['json'];

/** `keepalive`: the request outlives the page (a save sent while the tab closes). */
const requestInit = (keepalive: boolean) => (keepalive ? { init: { keepalive: true } } : {});

/** Replaces a held response at the version last seen. Returns the response as now held, or the French refusal. */
export async function replaceResponse(current: HeldResponse, json: ResponseEnvelope, keepalive = false): Promise<HeldResponse | string> {
  const ifMatch: Record<string, string> = current.etag ? { 'If-Match': current.etag } : {};
  const res = await client.api.responses[':id'].$put(
    { param: { id: current.id }, json },
    { headers: { ...bearer(current.token).headers, ...ifMatch }, ...requestInit(keepalive) },
  );
  if (!res.ok) return errorMessage(res);
  const { updatedAt } = await res.json();
  return { ...current, status: json.status, etag: res.headers.get('etag') ?? undefined, updatedAt };
}

/** Creates the response at its first save. Returns the response as now held, or the French refusal. */
export async function createResponse(surveyId: string, json: ResponseEnvelope, keepalive = false): Promise<HeldResponse | string> {
  const res = await client.api.surveys[':id'].responses.$post({ param: { id: surveyId }, json }, requestInit(keepalive));
  if (!res.ok) return errorMessage(res);
  const { id, token } = await res.json();
  return { id, token, status: json.status, etag: '"v1"', updatedAt: new Date().toISOString() };
}
