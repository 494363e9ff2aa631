import type { Answers } from '../instruments/answers.js';

/**
 * One response read from an import file, whatever its format: its answers and status, or
 * why the line cannot be read at all (a JSON line that is not JSON, an unknown status).
 */
export type ImportRecord =
  | { line: number; answers: Answers; status: 'partial' | 'complete' }
  | { line: number; problems: { question?: string; message: string }[] };

/** A line's status as written (absent: complete), or the problem of a status that is neither. */
export function recordOf(line: number, answers: Answers, status: unknown): ImportRecord {
  const s = status ?? 'complete';
  if (s === 'complete' || s === 'partial') return { line, answers, status: s };
  return { line, problems: [{ question: 'statut', message: `Statut «\u202f${String(s)}\u202f» inconnu\u202f: complete ou partial.` }] };
}
