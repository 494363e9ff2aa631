import { hc } from 'hono/client';
import type { AppType } from '../../api/app';

/** Typed client of our own API: routes, parameters and bodies come from the server's types. */
export const client = hc<AppType>('/');

export interface ApiErrorBody {
  error: { code: string; message: string; details?: { question?: string; message: string }[] };
}

/** The French message of an error answer, with the per-question details when there are some. */
export async function errorMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as ApiErrorBody;
    const details = body.error.details?.map((d) => d.message) ?? [];
    return [body.error.message, ...details].join(' ');
  } catch {
    return `Le serveur a répondu ${res.status} ; réessayez dans un instant.`;
  }
}

export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
