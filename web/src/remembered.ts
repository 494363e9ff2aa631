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

/** The private link: the token travels in the fragment, which browsers never send to the server. */
export function resumeUrl(id: string, token: string): string {
  return `${window.location.origin}/reponses/${encodeURIComponent(id)}#jeton=${encodeURIComponent(token)}`;
}

export function tokenFromHash(hash: string): string | null {
  const match = /(?:^#|&)jeton=([^&]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
