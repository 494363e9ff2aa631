import { ConditionRunner } from 'survey-core';
import { isEmptyAnswer, type Answers } from './answers.js';
import type { ExternalLookups, Problem, SpecBase } from './kinds/question-kind.js';
import { quoted } from './kinds/problems.js';
import { kindOf, type InstrumentSpec } from './question-spec.js';

export type ResponseStatus = 'partial' | 'complete';

const runners = new Map<string, ConditionRunner>();
/** Whether a SurveyJS condition holds for these answers, run by survey-core itself. */
function holds(condition: string, answers: Answers): boolean {
  let runner = runners.get(condition);
  if (!runner) {
    runner = new ConditionRunner(condition);
    runners.set(condition, runner);
  }
  return runner.runValues(answers);
}
const isVisible = (q: SpecBase, answers: Answers) => !q.visibleIf || holds(q.visibleIf, answers);
const isRequired = (q: SpecBase, answers: Answers) => q.required || (q.requiredIf !== null && holds(q.requiredIf, answers));

/**
 * Checks a whole answer set against its instrument. Returns at most one problem per
 * question (the first found), in the instrument's order then for unknown codes.
 * Partial responses are checked for shape only; complete ones also for required answers.
 */
export function validateAnswers(
  instrument: InstrumentSpec,
  answers: Answers,
  status: ResponseStatus,
  external: ExternalLookups = {},
): Problem[] {
  const problems: Problem[] = [];
  for (const spec of instrument.questions.values()) {
    const kind = kindOf(instrument, spec);
    const value = answers[spec.name];
    const answered = !isEmptyAnswer(value);
    if (answered) {
      const p = kind.validate(spec, value, { external });
      if (p) {
        problems.push(p);
        continue;
      }
    }
    const visible = isVisible(spec, answers);
    if (answered && !visible) {
      problems.push({
        question: spec.name,
        code: 'question_masquee',
        message: `La question ${quoted(spec)} ne s'applique pas compte tenu de vos autres réponses : retirez cette réponse.`,
      });
      continue;
    }
    if (status !== 'complete' || !visible) continue;
    if (!answered && isRequired(spec, answers)) {
      problems.push({
        question: spec.name,
        code: 'reponse_obligatoire',
        message: `La question ${quoted(spec)} est obligatoire pour terminer le questionnaire.`,
      });
      continue;
    }
    const lacking = answered ? kind.incomplete?.(spec, value) : null;
    if (lacking) problems.push(lacking);
  }
  for (const name of Object.keys(answers)) {
    if (!instrument.questions.has(name)) {
      problems.push({ question: name, code: 'question_inconnue', message: `La question « ${name} » n'existe pas dans ce questionnaire.` });
    }
  }
  return problems;
}
