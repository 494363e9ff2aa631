import { KINDS, type KindsTable, type QuestionSpec } from './kinds/index.js';
import { specBase } from './kinds/items.js';
import type { InstrumentSpec } from './question-spec.js';
import { walkQuestions, type QuestionJson, type SurveyJsonLike } from './walk-questions.js';

function kindReading(kinds: KindsTable, element: QuestionJson): string {
  const readers = Object.keys(kinds).filter((name) => kinds[name]!.reads(element));
  if (readers.length === 1) return readers[0]!;
  throw new Error(
    readers.length === 0
      ? `Type de question non pris en charge\u202f: ${element.type} (${element.name})`
      : `La question ${element.name} (${element.type}) est lue par plusieurs types\u202f: ${readers.join(', ')}`,
  );
}

/**
 * Reads every question of an instrument with the kind that claims it. The table defaults to
 * the built-in kinds; a test may pass one with a kind of its own.
 */
export function compileInstrument(id: string, json: SurveyJsonLike, kinds: KindsTable = KINDS): InstrumentSpec {
  const questions = new Map<string, QuestionSpec>();
  for (const element of walkQuestions(json)) {
    const kind = kindReading(kinds, element);
    // The built-in table compiles built-in specs; a table extended by a test adds its own kinds.
    questions.set(element.name, kinds[kind]!.compile(element, specBase(element)) as QuestionSpec);
  }
  return { id, questions, kinds };
}
