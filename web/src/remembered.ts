import type { StoredResponse } from './api';

/**
 * Responses this browser started, kept in localStorage so that a respondent who closes the
 * tab finds its private link again. Only this browser holds them; the server keeps a hash.
 */
export interface RememberedResponse {
  surveyId: string;
  id: string;
  token: string;
  status: StoredResponse['status'];
  savedAt: string;
  /** The questionnaire page the respondent was on (its SurveyJS name): the private link reopens it. */
  page?: string;
}

const KEY = 'aict.reponses';

export function rememberedResponses(): RememberedResponse[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function remember(entry: RememberedResponse): void {
  const others = rememberedResponses().filter((r) => r.id !== entry.id);
  localStorage.setItem(KEY, JSON.stringify([entry, ...others].slice(0, 50)));
}

/** Notes the page a remembered response is on; a response this browser does not remember is left alone. */
export function rememberPage(id: string, page: string): void {
  const all = rememberedResponses();
  if (!all.some((r) => r.id === id)) return;
  localStorage.setItem(KEY, JSON.stringify(all.map((r) => (r.id === id ? { ...r, page } : r))));
}

/** The private link: the token travels in the fragment, which browsers never send to the server. */
export function resumeUrl(id: string, token: string): string {
  return `${window.location.origin}/reponses/${encodeURIComponent(id)}#jeton=${encodeURIComponent(token)}`;
}

export function tokenFromHash(hash: string): string | null {
  const match = /(?:^#|&)jeton=([^&]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
