import { bearer, client } from './api';

/** Who answered and when, as a report prints it in its header. */
export interface Respondent {
  /** The collectivity's name from the official registry, or null when the response names none. */
  collectivite: string | null;
  /** When the answers were last saved (ISO). */
  answeredAt: string | null;
}

/** The collectivity a response names (its `collectivite` answer, read in the registry) and the date of its answers. */
export async function fetchRespondent(id: string, token: string): Promise<Respondent> {
  const res = await client.api.responses[':id'].$get({ param: { id } }, bearer(token));
  if (!res.ok) return { collectivite: null, answeredAt: null };
  const response = await res.json();
  const key = response.answers.collectivite;
  if (typeof key !== 'string') return { collectivite: null, answeredAt: response.updatedAt };
  const found = await client.api.collectivites[':key'].$get({ param: { key } });
  return { collectivite: found.ok ? (await found.json()).label : null, answeredAt: response.updatedAt };
}
