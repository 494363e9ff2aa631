/** Why an attempt failed, in a line, and whether trying again can help. */
export interface Failure {
  reason: string;
  /** A 5xx answer of the server (unknown address, refused message): trying again changes nothing. */
  permanent: boolean;
}

interface SmtpError {
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

/**
 * Reads nodemailer's error: the server's answer (« 451 … ») when there is one, the
 * connection's failure otherwise. A 4xx answer or a lost connection is temporary.
 */
export function failureOf(error: unknown): Failure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
  const code = typeof e.responseCode === 'number' ? e.responseCode : null;
  const said = typeof e.response === 'string' ? e.response : typeof e.message === 'string' ? e.message : String(error);
  const reason = said.replace(/\s+/g, ' ').trim().slice(0, 500);
  return { reason: reason || 'échec sans message', permanent: code !== null && code >= 500 && code < 600 };
}
