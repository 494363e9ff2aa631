/** One problem behind an error, most often one per question. */
export interface ErrorDetail {
  question?: string;
  code: string;
  message: string;
  [key: string]: unknown;
}

/**
 * What went wrong, in the domain's words; the HTTP layer alone decides the status each
 * one gets (api/http/errors.ts).
 */
export type Failure =
  /** The input breaks a rule: answers, a file, a request that cannot apply. */
  | 'invalide'
  /** What was asked for does not exist (or must not be shown to exist). */
  | 'introuvable'
  /** The current state forbids it: already there, already used, campaign closed. */
  | 'conflit'
  /** The thing changed since the caller read it. */
  | 'modifiee_entre_temps'
  /** Not public yet. */
  | 'non_publie';

/**
 * A refusal the domain explains: its failure, a machine code, a French sentence for the
 * user, the details, and `extra` fields that the answer carries beside the error (the
 * import refusal's report).
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly failure: Failure,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
