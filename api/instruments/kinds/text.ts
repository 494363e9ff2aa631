import { TYPEABLE_PATTERN } from '../typeable-text.js';
import { singleCell } from './choice.js';
import { wholeAnswerColumn } from './columns.js';
import { readsNumber } from './number.js';
import { frenchNumber, quoted, typeProblem } from './problems.js';
import type { QuestionKind, SpecBase } from './question-kind.js';
import { firstInAnswerOrder } from './schema.js';

/** Free texts without a `maxLength` in the JSON still get a bound, so one answer cannot fill the disk. */
const DEFAULT_TEXT_MAX_LENGTH = 2000;


/** A free text (one line or a comment box). */
export interface TextSpec extends SpecBase {
  kind: 'text';
  maxLength: number;
}

export const text: QuestionKind<TextSpec, never> = {
  describe: 'texte libre',
  // A free text could quote or name its author: kept with the response, never counted nor published.
  counted: false,
  singleChoice: false,
  reads: (e) => e.type === 'comment' || (e.type === 'text' && !readsNumber(e)),
  compile: (e, base) => ({
    ...base,
    kind: 'text',
    maxLength: typeof e.maxLength === 'number' && e.maxLength > 0 ? e.maxLength : DEFAULT_TEXT_MAX_LENGTH,
  }),
  schema: (spec) => ({ type: 'string', maxLength: spec.maxLength, pattern: TYPEABLE_PATTERN }),
  problem(spec, errors, value) {
    const keyword = firstInAnswerOrder(errors, value).keyword;
    if (keyword === 'type') return typeProblem(spec, 'un texte', value);
    if (keyword === 'pattern') {
      return {
        question: spec.name,
        code: 'texte_invalide',
        message: `La réponse à ${quoted(spec)} contient un caractère qui n’est pas du texte (caractère nul ou moitié de caractère Unicode)\u202f; retapez-la ou collez-la depuis un autre logiciel.`,
      };
    }
    return {
      question: spec.name,
      code: 'texte_trop_long',
      message: `La réponse à ${quoted(spec)} dépasse ${frenchNumber(spec.maxLength)} caractères\u202f; raccourcissez-la.`,
    };
  },
  cells: (spec, value) => [singleCell(spec.name, value)],
  result: () => undefined,
  columns: (spec) => [wholeAnswerColumn(spec, 'texte libre', 'text')],
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: new Map(), rows: new Map(), columns: new Map() }),
};
