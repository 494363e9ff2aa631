import { wholeAnswerColumn } from './columns.js';
import { typeProblem } from './problems.js';
import type { QuestionKind, SpecBase } from './question-kind.js';
import { singleCell } from './choice.js';

/**
 * A choice among an outside list too long to write in the instrument (the official registry
 * of collectivities, searched as one types): checked by a lookup, never published.
 */
export interface ExternalSpec extends SpecBase {
  kind: 'external';
  /** The name of the lookup that knows its values. */
  source: string;
}

export const external: QuestionKind<ExternalSpec, never> = {
  describe: 'collectivité du référentiel officiel',
  // It names the respondent: kept with the response, never counted nor published.
  counted: false,
  singleChoice: false,
  reads: (e) => e.type === 'dropdown' && e.choicesLazyLoadEnabled === true,
  compile: (_e, base) => ({ ...base, kind: 'external', source: base.name }),
  schema: () => ({ type: 'string' }),
  problem: (spec, _errors, value) => typeProblem(spec, 'un identifiant du référentiel (texte)', value),
  // Whether the outside list holds it: no schema can say.
  check(spec, value, { external: lookups }) {
    const lookup = lookups[spec.source];
    if (!lookup || !lookup(value as string)) {
      return {
        question: spec.name,
        code: 'collectivite_inconnue',
        message: `«\u202f${value}\u202f» n’est pas une collectivité du référentiel officiel. Choisissez-la dans la liste proposée.`,
      };
    }
    return null;
  },
  cells: (spec, value) => [singleCell(spec.name, value)],
  result: () => undefined,
  columns: (spec) => [wholeAnswerColumn(spec, 'collectivité du référentiel officiel', 'text')],
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: new Map(), rows: new Map(), columns: new Map() }),
};
