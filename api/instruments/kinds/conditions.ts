import type { Answers } from '../answers.js';

/**
 * The SurveyJS conditions of questions (`visibleIf`, `requiredIf`), compiled once into
 * functions of the answers, so that no survey-core model runs per request. The grammar is
 * the part of SurveyJS's the instruments use — `{question}` compared with `=`, `==`, `!=`,
 * `<>` to a quoted code (a text that is not a number), `empty`, `notempty`, `and`, `or`,
 * `!` and parentheses — with SurveyJS's own comparison rules (texts compared without case
 * and without surrounding spaces; a boolean equal to "true" or "false"). Numbers, booleans
 * and numeric texts as constants are left out: SurveyJS converts them by rules of its own;
 * test/unit/conditions.test.ts runs survey-core beside it on the same answers. Anything
 * else stops the instrument's compilation, rather than being checked otherwise.
 */
export type Condition = (answers: Answers) => boolean;

type Operand = { variable: string } | { constant: string };

type Token = { kind: 'variable' | 'text' | 'word' | 'op' | 'paren'; text: string };

const WORDS = new Set(['and', 'or', 'empty', 'notempty', 'not']);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const unsupported = (at: number) => new Error(`Condition non prise en charge\u202f: «\u202f${source}\u202f» (à partir de «\u202f${source.slice(at)}\u202f»).`);
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '{') {
      const end = source.indexOf('}', i);
      const name = end === -1 ? '' : source.slice(i + 1, end).trim();
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw unsupported(i);
      tokens.push({ kind: 'variable', text: name });
      i = end + 1;
    } else if (ch === "'" || ch === '"') {
      const end = source.indexOf(ch, i + 1);
      if (end === -1) throw unsupported(i);
      tokens.push({ kind: 'text', text: source.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: 'paren', text: ch });
      i++;
    } else {
      const op = /^(==|!=|<>|=|!)/.exec(source.slice(i));
      const word = /^[A-Za-z]+/.exec(source.slice(i));
      if (op) tokens.push({ kind: 'op', text: op[0] });
      else if (word && WORDS.has(word[0].toLowerCase())) tokens.push({ kind: 'word', text: word[0].toLowerCase() });
      else throw unsupported(i);
      i += (op ?? word)![0].length;
    }
  }
  return tokens;
}

/** SurveyJS's emptiness: no value, an empty text, list or object. */
export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

const normalised = (s: string) => s.trim().toLowerCase();
const isNumeric = (s: string): boolean => s.trim() !== '' && Number.isFinite(Number(s));

/** SurveyJS's equality of an answer and a text written in a condition. */
function equals(value: unknown, constant: string): boolean {
  if (typeof value === 'string') return normalised(value) === normalised(constant);
  if (typeof value === 'boolean') return String(value) === constant.toLowerCase();
  return false;
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private fail(): never {
    throw new Error(`Condition non prise en charge\u202f: «\u202f${this.source}\u202f».`);
  }
  private take(kind: Token['kind'], text?: string): Token {
    const t = this.tokens[this.at];
    if (!t || t.kind !== kind || (text !== undefined && t.text !== text)) this.fail();
    this.at++;
    return t;
  }
  private accepts(kind: Token['kind'], text: string): boolean {
    const t = this.peek();
    if (t?.kind === kind && t.text === text) {
      this.at++;
      return true;
    }
    return false;
  }

  parse(): Condition {
    const c = this.or();
    if (this.at !== this.tokens.length) this.fail();
    return c;
  }
  private or(): Condition {
    const parts = [this.and()];
    while (this.accepts('word', 'or')) parts.push(this.and());
    return parts.length === 1 ? parts[0]! : (a) => parts.some((p) => p(a));
  }
  private and(): Condition {
    const parts = [this.unary()];
    while (this.accepts('word', 'and')) parts.push(this.unary());
    return parts.length === 1 ? parts[0]! : (a) => parts.every((p) => p(a));
  }
  private unary(): Condition {
    if (this.accepts('op', '!') || this.accepts('word', 'not')) {
      const inner = this.unary();
      return (a) => !inner(a);
    }
    if (this.accepts('paren', '(')) {
      const inner = this.or();
      this.take('paren', ')');
      return inner;
    }
    return this.comparison();
  }
  private operand(): Operand {
    const t = this.peek();
    if (!t) this.fail();
    this.at++;
    if (t.kind === 'variable') return { variable: t.text };
    if (t.kind === 'text' && !isNumeric(t.text) && t.text.trim() !== '') return { constant: t.text };
    return this.fail();
  }
  private comparison(): Condition {
    const left = this.operand();
    if (!('variable' in left)) this.fail();
    const name = left.variable;
    if (this.accepts('word', 'empty')) return (a) => isEmptyValue(a[name]);
    if (this.accepts('word', 'notempty')) return (a) => !isEmptyValue(a[name]);
    const op = this.take('op').text;
    if (op === '!') this.fail();
    const right = this.operand();
    if (!('constant' in right)) this.fail();
    const constant = right.constant;
    const test = (a: Answers) => equals(a[name], constant);
    return op === '=' || op === '==' ? test : (a) => !test(a);
  }
}

/** A SurveyJS condition as a function of the answers; throws on what the grammar above does not cover. */
export function compileCondition(source: string): Condition {
  return new Parser(tokenize(source), source).parse();
}
