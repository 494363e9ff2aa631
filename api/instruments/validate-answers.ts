import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isEmptyAnswer, type Answers } from './answers.js';
import { alwaysRequired, answersSchemas } from './instrument-schema.js';
import { compileCondition, type Condition } from './kinds/conditions.js';
import type { ExternalLookups, Problem } from './kinds/question-kind.js';
import { inQuotes, quoted } from './kinds/problems.js';
import type { SchemaError } from './kinds/schema.js';
import { kindOf, type InstrumentSpec } from './question-spec.js';

export type ResponseStatus = 'partial' | 'complete';

/** An instrument's rules, compiled once: its two JSON Schemas by ajv, its questions' conditions into functions. */
interface CompiledRules {
  answers: ValidateFunction;
  complete: ValidateFunction;
  visible: Map<string, Condition>;
  requiredIf: Map<string, Condition>;
}

// `unicode: false`: a text's length is counted as JavaScript counts it, as the respondent's page does;
// `strictRequired: false`: the schema of a complete response requires answers the other schema describes.
// ajv calls that option deprecated but keeps it: its notice alone is silenced, every other warning is kept.
const logger = {
  log: console.log,
  error: console.error,
  warn: (...args: unknown[]) => void (String(args[0]).startsWith('DEPRECATED: option unicode') || console.warn(...args)),
};
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, unicode: false, logger });
const compiled = new WeakMap<InstrumentSpec, CompiledRules>();

function rulesOf(instrument: InstrumentSpec): CompiledRules {
  let rules = compiled.get(instrument);
  if (!rules) {
    const schemas = answersSchemas(instrument);
    const conditions = (property: 'visibleIf' | 'requiredIf') =>
      new Map([...instrument.questions.values()].flatMap((q) => (q[property] ? [[q.name, compileCondition(q[property])] as const] : [])));
    rules = { answers: ajv.compile(schemas.answers), complete: ajv.compile(schemas.complete), visible: conditions('visibleIf'), requiredIf: conditions('requiredIf') };
    compiled.set(instrument, rules);
  }
  return rules;
}

/** Compiles an instrument's rules now (at start) rather than at its first answer. */
export function compileRules(instrument: InstrumentSpec): void {
  rulesOf(instrument);
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * ajv's errors by question (the first segment of where each is), the rest of each path
 * relative to the answer; an unknown code is reported on the answers, under its own name.
 */
function errorsByQuestion(errors: readonly ErrorObject[]): Map<string, SchemaError[]> {
  const out = new Map<string, SchemaError[]>();
  for (const e of errors) {
    const segments = e.instancePath.split('/').slice(1).map(unescape);
    const question = segments[0] ?? String(e.params.additionalProperty);
    const error: SchemaError = { keyword: e.keyword, path: segments.slice(1), params: e.params as Record<string, unknown> };
    const list = out.get(question);
    if (list) list.push(error);
    else out.set(question, [error]);
  }
  return out;
}

/** The answers given to the instrument's questions; empty ones set aside (a copy only when there are some). */
function givenAnswers(instrument: InstrumentSpec, answers: Answers): Answers {
  let given = answers;
  for (const [name, value] of Object.entries(answers)) {
    if (!instrument.questions.has(name) || !isEmptyAnswer(value)) continue;
    if (given === answers) given = { ...answers };
    delete given[name];
  }
  return given;
}

/**
 * Checks a whole answer set against its instrument. Returns at most one problem per
 * question (the first found), in the instrument's order then for unknown codes. Partial
 * responses are checked for shape only; complete ones also for required answers. The
 * shape and the requirements are the instrument's JSON Schemas, compiled once; conditional
 * questions and outside lists (the registry) are checked here, beside them.
 */
export function validateAnswers(
  instrument: InstrumentSpec,
  answers: Answers,
  status: ResponseStatus,
  external: ExternalLookups = {},
): Problem[] {
  const rules = rulesOf(instrument);
  const given = givenAnswers(instrument, answers);
  const shape = rules.answers(given) ? new Map<string, SchemaError[]>() : errorsByQuestion(rules.answers.errors ?? []);
  const completeErrors = status === 'complete' && !rules.complete(given) ? (rules.complete.errors ?? []) : [];
  // Questions always required and not answered; then what answers given still lack (matrix rows).
  const missing = new Set(completeErrors.filter((e) => e.instancePath === '').map((e) => String(e.params.missingProperty)));
  const lacking = errorsByQuestion(completeErrors.filter((e) => e.instancePath !== ''));
  const problems: Problem[] = [];
  for (const spec of instrument.questions.values()) {
    const kind = kindOf(instrument, spec);
    const value = given[spec.name];
    const answered = value !== undefined;
    const wrong = shape.get(spec.name);
    if (wrong) {
      problems.push(kind.problem(spec, wrong, value));
      continue;
    }
    const outside = answered ? kind.check?.(spec, value, { external }) : null;
    if (outside) {
      problems.push(outside);
      continue;
    }
    const visible = rules.visible.get(spec.name)?.(answers) ?? true;
    if (answered && !visible) {
      problems.push({
        question: spec.name,
        code: 'question_masquee',
        message: `La question ${quoted(spec)} ne s’applique pas compte tenu de vos autres réponses\u202f: retirez cette réponse.`,
      });
      continue;
    }
    if (status !== 'complete' || !visible) continue;
    // Always required: the schema said it; required where shown, or under a condition: the conditions decide.
    const required = alwaysRequired(spec) ? missing.has(spec.name) : spec.required || (rules.requiredIf.get(spec.name)?.(answers) ?? false);
    if (!answered && required) {
      problems.push({
        question: spec.name,
        code: 'reponse_obligatoire',
        message: `La question ${quoted(spec)} est obligatoire pour terminer le questionnaire.`,
      });
      continue;
    }
    const incomplete = answered ? lacking.get(spec.name) : undefined;
    if (incomplete) problems.push(kind.problem(spec, incomplete, value));
  }
  for (const name of shape.keys()) {
    if (!instrument.questions.has(name)) {
      problems.push({ question: name, code: 'question_inconnue', message: `La question ${inQuotes(name)} n’existe pas dans ce questionnaire.` });
    }
  }
  return problems;
}
