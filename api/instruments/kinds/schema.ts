import { isPlainObject } from '../answers.js';
import type { Scalar } from './question-kind.js';

/**
 * The JSON Schema (draft 2020-12) pieces the kinds describe their answers with. Each kind
 * writes the schema of one answer; validate-answers.ts compiles an instrument's pieces once
 * with ajv, and hands each kind back the errors about its own answer, which it turns into
 * the French problem the respondent reads.
 */
export type JsonSchema = { [keyword: string]: unknown };

/** One error of the compiled validator about an answer, as a kind receives it. */
export interface SchemaError {
  /** The JSON Schema keyword that failed: type, enum, minimum, maxLength, uniqueItems, additionalProperties, required… */
  keyword: string;
  /** Where, inside the answer: [] for the answer itself, [row] or [row, column] in a matrix, [index] in a list. */
  path: string[];
  /** ajv's parameters of that keyword (`additionalProperty`, `missingProperty`, `type`…). */
  params: Record<string, unknown>;
}

/** The schema of one code among `values`: their JSON type, then the list (the two failures are two different problems). */
export function codeSchema(values: readonly Scalar[]): JsonSchema {
  const types = [...new Set(values.map((v) => (typeof v === 'number' ? 'number' : 'string')))];
  // An empty list offers no code: any text or number is a code that is not offered.
  return { type: types.length === 1 ? types[0] : ['string', 'number'], ...(values.length > 0 ? { enum: [...values] } : { not: {} }) };
}

/** The value an error is about, inside the answer. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) v = Array.isArray(v) ? v[Number(key)] : isPlainObject(v) ? v[key] : undefined;
  return v;
}

/** Where a key stands in an object or a list: its order, as the respondent wrote it. */
function position(container: unknown, key: string | undefined): number {
  if (key === undefined) return -1;
  if (Array.isArray(container)) return Number(key);
  if (!isPlainObject(container)) return -1;
  const i = Object.keys(container).indexOf(key);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * An error's place in the answer, level by level: at each level, the type of the value
 * first, then its parts in the order they were written (an unknown row where it stands),
 * then what is said of the value as a whole (duplicates, missing rows).
 */
function rank(error: SchemaError, value: unknown): number[] {
  // An unknown part is reported by ajv on what holds it: it is ranked as that part.
  const unknownPart = error.keyword === 'additionalProperties';
  const path = unknownPart ? [...error.path, String(error.params.additionalProperty)] : error.path;
  const out: number[] = [];
  let container = value;
  for (const key of path) {
    out.push(position(container, key));
    container = valueAt(container, [key]);
  }
  out.push(unknownPart || error.keyword === 'type' ? -1 : Number.MAX_SAFE_INTEGER);
  return out;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The first problem a respondent would meet reading the answer in order: the one a kind reports (one per question). */
export function firstInAnswerOrder(errors: readonly SchemaError[], value: unknown): SchemaError {
  let first = errors[0]!;
  let best = rank(first, value);
  for (const e of errors.slice(1)) {
    const r = rank(e, value);
    if (compareRanks(r, best) < 0) {
      first = e;
      best = r;
    }
  }
  return first;
}
