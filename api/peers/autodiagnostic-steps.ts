import { STEPS } from '../../analysis/autodiagnostic/steps.js';
import type { InstrumentSpec } from '../instruments/question-spec.js';

/** The five steps with their item codes as the instrument defines them. */
export function autodiagnosticSteps(spec: InstrumentSpec): { code: string; items: string[] }[] {
  return STEPS.map((step) => {
    const q = spec.questions.get(step.code);
    return { code: step.code, items: q?.kind === 'matrix' ? q.rows : [] };
  });
}
