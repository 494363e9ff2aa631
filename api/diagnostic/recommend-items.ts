import type { AutodiagnosticScore } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import { STATUS_DONE, STEPS } from '../../analysis/autodiagnostic/steps.js';
import type { Guide, StepItem } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';
import { tailoredAdvice, type Profile } from './tailoring.js';

/**
 * Where the item stands, as the sentence that opens its recommendation (by status: pas
 * engagé, en réflexion, en cours; « réalisé » is never recommended).
 */
const STATUS_SENTENCES = ['Ce point n’est pas encore engagé.', 'Ce point est en réflexion.', 'Ce point est en cours.'] as const;
const UNANSWERED = 'Vous n’avez pas dit où en est ce point.';

/** Each self-diagnosis item's entry in the guide's data, by the step's code then the item's. */
function itemsOfSteps(guide: Guide): Map<string, Map<string, StepItem>> {
  const sheets = [...guide.strategy.sheets, guide.implementation];
  return new Map(sheets.map((s) => [s.step, new Map(s.items.map((i) => [i.item, i]))]));
}

/**
 * One recommendation per item below « réalisé », steps in order, the least advanced items
 * first within a step: the item's status, the guide's advice for it and its source, and the
 * passages that apply to the collectivity's level and action categories. An item the guide's
 * data does not know (none today: a test checks every row) is skipped rather than invented.
 */
export function recommendItems(guide: Guide, score: AutodiagnosticScore, profile: Profile) {
  const known = itemsOfSteps(guide);
  return STEPS.flatMap((step) => {
    const scored = score.steps[step.code];
    if (!scored) return [];
    return Object.entries(scored.items)
      .filter(([, status]) => (status ?? 0) < STATUS_DONE)
      .sort(([, a], [, b]) => (a ?? 0) - (b ?? 0))
      .flatMap(([code, status]) => {
        const item = known.get(step.code)?.get(code);
        if (!item) return [];
        const where = (status === null ? undefined : STATUS_SENTENCES[status]) ?? UNANSWERED;
        return [
          {
            step: step.code,
            item: code,
            status,
            section: step.section,
            sectionTitle: step.sectionTitle,
            text: `${where} ${item.advice}`,
            advice: item.advice,
            ...cite(item),
            tailored: tailoredAdvice(guide, item.tailoring, profile),
          },
        ];
      });
  });
}
