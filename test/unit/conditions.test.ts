import { ConditionRunner } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../api/instruments/kinds/conditions.js';
import { walkQuestions } from '../../api/instruments/walk-questions.js';
import { testCatalog } from '../helpers/test-app.js';

/*
 * The conditions of the instruments, compiled once by the server, decide as survey-core
 * decides in the respondent's browser: each is run by both on the same answers.
 */
const VALUES: unknown[] = [
  undefined, null, '', ' ', 'oui', 'OUI', ' oui ', 'Oui ', 'non', 'autre', 'Autre', 'autres', 0, 1, 2.5, -1, '0', '1', '1.0', ' 1', '1e0', '0x1', '01', 'true', 'false', 'TRUE',
  true, false, [], ['oui'], ['autre', 'x'], [1], {}, { oui: 1 }, { a: 'oui' },
];

function agrees(expression: string, variables: string[]) {
  const compiled = compileCondition(expression);
  const runner = new ConditionRunner(expression);
  const mismatches: string[] = [];
  for (const name of variables) {
    for (const value of VALUES) {
      const answers = value === undefined ? {} : { [name]: value };
      const expected = runner.runValues(answers);
      if (compiled(answers) !== expected) mismatches.push(`${JSON.stringify(answers)} → ${expected}`);
    }
  }
  return mismatches;
}

const instrumentConditions = [...testCatalog().values()].flatMap((i) =>
  walkQuestions(i.json).flatMap((q) => ['visibleIf', 'requiredIf', 'enableIf'].map((p) => q[p]).filter((e): e is string => typeof e === 'string')),
);

describe('compiled conditions', () => {
  it('the instruments have conditions, all compiled', () => {
    expect(instrumentConditions.length).toBeGreaterThan(5);
    for (const e of instrumentConditions) expect(() => compileCondition(e)).not.toThrow();
  });

  it.each([...new Set(instrumentConditions)])('%s decides as survey-core on every kind of answer', (expression) => {
    const variables = [...expression.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    expect(agrees(expression, variables)).toEqual([]);
  });

  it.each([
    "{x} = 'oui'",
    "{x} == 'autre'",
    "{x} != 'oui'",
    "{x} <> 'non'",
    "{x} = 'true'",
    "{x} = 'False'",
    "{x} = ' Autre '",
    '{x} empty',
    '{x} notempty',
    "!({x} = 'oui')",
    "{x} = 'oui' or {x} = 'non'",
    "{x} notempty and {x} != 'non'",
  ])('%s decides as survey-core', (expression) => {
    expect(agrees(expression, ['x'])).toEqual([]);
  });

  it('refuses what it does not cover rather than deciding otherwise', () => {
    for (const e of ["{x} contains 'a'", "{x} anyof ['a']", '{x} > 2', '{x} = 1', '{x} = true', "{x} = '1'", "{x} = ''", 'age({x}) > 2', "{x.row} = 'a'", "{x} = 'a' {y}", "{x} = {y}"]) {
      expect(() => compileCondition(e), e).toThrow(/Condition non prise en charge/);
    }
  });
});
