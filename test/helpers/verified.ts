import { expect } from 'vitest';
import { ADMIN, adminJson, postJson, testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>['app'];

/**
 * A response the administrator has checked: posted without an invitation, then validated,
 * so that it counts in results and peers (an unchecked one never does).
 */
export async function postVerified(app: App, surveyId: string, answers: Record<string, unknown>, status: 'complete' | 'partial' = 'complete') {
  const res = await postJson(app, `/api/surveys/${surveyId}/responses`, { answers, status });
  expect(res.status, await res.clone().text()).toBe(201);
  const created = (await res.json()) as { id: string; token: string; status: string };
  const validated = await app.request(`/api/admin/responses/${created.id}`, adminJson({ verified: true }, ADMIN, 'PATCH'));
  expect(validated.status, await validated.clone().text()).toBe(200);
  return created;
}
