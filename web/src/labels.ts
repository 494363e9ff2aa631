import { compileInstrument } from '../../api/instruments/compile-instrument';
import type { QuestionLabels } from '../../api/instruments/kinds/question-kind';
import { kindOf } from '../../api/instruments/question-spec';
import type { SurveyJsonLike } from '../../api/instruments/walk-questions';

export type { QuestionLabels };

/**
 * Titles and labels of every question of an instrument, read by the question kinds from its
 * SurveyJS JSON (the same reading as the server's and the exports'), without loading the
 * SurveyJS runtime (the results pages stay light).
 */
export function questionLabels(json: SurveyJsonLike): Map<string, QuestionLabels> {
  const instrument = compileInstrument('', json);
  return new Map([...instrument.questions.values()].map((spec) => [spec.name, kindOf(instrument, spec).labels(spec)]));
}
