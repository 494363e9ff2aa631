import { boolean } from './boolean.js';
import { choice } from './choice.js';
import { external } from './external.js';
import { matrix } from './matrix.js';
import { matrixdropdown } from './matrixdropdown.js';
import { multi } from './multi.js';
import { number } from './number.js';
import type { KindSpec, QuestionKind } from './question-kind.js';
import { rating } from './rating.js';
import { text } from './text.js';

/**
 * Every question kind the instruments use, keyed by the `kind` of its compiled spec. Adding
 * a kind is one file beside this one and one line here: the specs, the results document
 * and the web's renderers are typed from this table, so the compiler lists what is missing.
 */
export const KINDS = {
  choice,
  boolean,
  external,
  multi,
  rating,
  number,
  text,
  matrix,
  matrixdropdown,
} as const;

type BuiltInKinds = typeof KINDS;
type SpecOf<K> = K extends QuestionKind<infer S, unknown> ? S : never;
type ResultOf<K> = K extends QuestionKind<KindSpec, infer R> ? R : never;

/** A compiled question of any built-in kind; `kind` tells which. */
export type QuestionSpec = { [K in keyof BuiltInKinds]: SpecOf<BuiltInKinds[K]> }[keyof BuiltInKinds];

/** A question's part of a results document, for every built-in kind that publishes one. */
export type QuestionResult = { [K in keyof BuiltInKinds]: ResultOf<BuiltInKinds[K]> }[keyof BuiltInKinds];

/** A table of kinds: the built-in one, or (in tests) one with a kind of its own added. */
export type KindsTable = Readonly<Record<string, QuestionKind>>;

// Each entry's key is the `kind` its specs carry, so a spec always finds its kind.
const _keysMatchKinds: { [K in keyof BuiltInKinds]: QuestionKind<KindSpec & { kind: K }, unknown> } = KINDS;
void _keysMatchKinds;
