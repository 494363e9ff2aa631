import { levelOf, type Level } from './levels.js';
import { STATUS_DONE } from './steps.js';

export interface StepScore {
  /** 100 × Σ statuses / (3 × item count), unanswered items counting 0. */
  score: number;
  /** Each item's status, null when unanswered. */
  items: Record<string, number | null>;
}

export interface AutodiagnosticScore {
  steps: Record<string, StepScore>;
  /** Mean of the step scores. */
  overall: number;
  level: Level;
}

/**
 * Scores a self-diagnosis (instruments.md §5). `steps` gives each step's item codes, in
 * order; `answers` holds each step's matrix answer ({ item: status 0–3 }).
 * Degenerate inputs: an unanswered step or item counts 0; a step without items scores 0;
 * no step at all gives an overall score of 0.
 */
export function scoreAutodiagnostic(
  steps: readonly { code: string; items: readonly string[] }[],
  answers: Readonly<Record<string, unknown>>,
): AutodiagnosticScore {
  const out: Record<string, StepScore> = {};
  for (const step of steps) {
    const given = answers[step.code];
    const statuses = (given && typeof given === 'object' ? given : {}) as Record<string, unknown>;
    const items: Record<string, number | null> = {};
    let sum = 0;
    for (const item of step.items) {
      const v = statuses[item];
      const status = typeof v === 'number' && v >= 0 && v <= STATUS_DONE ? v : null;
      items[item] = status;
      sum += status ?? 0;
    }
    out[step.code] = { score: step.items.length === 0 ? 0 : (100 * sum) / (STATUS_DONE * step.items.length), items };
  }
  const scores = Object.values(out).map((s) => s.score);
  const overall = scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
  return { steps: out, overall, level: levelOf(overall) };
}
