import { DomainError, type ErrorDetail, type Failure } from '../domain/domain-error.js';
import type { EncodedPending } from './pending-encoding.js';

/*
 * What the server's thread and the writer thread say to each other (thread-writer.ts,
 * writer-thread.ts). Only plain objects cross: a structured clone keeps no class, so an
 * error is sent as its fields and made again on the other side.
 */

/** The server's thread to the writer thread. */
export type WriterRequest =
  /** Writes asked for together, each answered on its own (`ids[i]` for the i-th): the thread's group commit groups them. */
  | { kind: 'writes'; ids: number[]; encoded: EncodedPending }
  /** One batch, one transaction. */
  | { kind: 'batch'; id: number; encoded: EncodedPending }
  /** Comes after every write asked for (one port keeps the order): they are finished first. */
  | { kind: 'close' };

/** An error as it crosses: a DomainError keeps its failure, code, message, details and extra fields. */
export type SentError =
  | { kind: 'domain'; failure: Failure; code: string; message: string; details: ErrorDetail[]; extra: Record<string, unknown> }
  | { kind: 'error'; name: string; message: string; stack?: string };

/** The writer thread's answers (those of one turn of its event loop); `commits` counts its transactions so far. */
export interface WriterReply {
  commits: number;
  answers: { id: number; error?: SentError }[];
}

export function sendError(error: unknown): SentError {
  if (error instanceof DomainError) {
    return { kind: 'domain', failure: error.failure, code: error.code, message: error.message, details: error.details, extra: error.extra };
  }
  if (error instanceof Error) return { kind: 'error', name: error.name, message: error.message, stack: error.stack };
  return { kind: 'error', name: 'Error', message: String(error) };
}

export function receiveError(sent: SentError): Error {
  if (sent.kind === 'domain') return new DomainError(sent.failure, sent.code, sent.message, sent.details, sent.extra);
  const error = new Error(sent.message);
  error.name = sent.name;
  // The writer thread's stack says where it failed; this thread's would only say "a message came".
  if (sent.stack) error.stack = sent.stack;
  return error;
}
