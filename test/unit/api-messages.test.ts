import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { matrix, type MatrixSpec } from '../../api/instruments/kinds/matrix.js';
import type { MatrixDropdownSpec } from '../../api/instruments/kinds/matrixdropdown.js';
import type { KindSpec, Problem, ValidationContext } from '../../api/instruments/kinds/question-kind.js';
import { validateAnswers } from '../../api/instruments/validate-answers.js';
import { describeFaults, plainSpaceFaults, typographyFaults } from '../helpers/french-typography-faults.js';
import { sourceStrings } from '../helpers/source-strings.js';

const catalog = compileCatalog();
const context: ValidationContext = { external: new Proxy({}, { get: () => () => false }) };

/** The first code, row and column of a question, to aim wrong answers at them. */
function firstCodes(spec: KindSpec): { value?: unknown; row?: string; column?: string } {
  const s = spec as KindSpec & { values?: unknown[]; rows?: string[]; columns?: { name: string }[] };
  return { value: s.values?.[0], row: s.rows?.[0], column: s.columns?.[0]?.name };
}

/** Wrong answers of every shape, so that each question's kind says each of its problems. */
function wrongAnswers(spec: KindSpec): unknown[] {
  const { value, row, column } = firstCodes(spec);
  const aimed = row === undefined ? [] : [{ [row]: 'zzz' }, { [row]: 7 }, { [row]: { zzz: 1 } }, { [row]: { [column ?? 'zzz']: 99 } }, { [row]: { [column ?? 'zzz']: 'x' } }];
  return [null, true, 'zzz', 7, 1.5, -1, 1e15, 'x'.repeat(100_000), [], ['zzz'], [value, value], {}, { zzz: 1 }, ...aimed];
}

/** Every problem the kinds give on wrong answers to every question of the six instruments, and on incomplete grids. */
function allProblems(): Problem[] {
  const problems: Problem[] = [];
  for (const instrument of catalog.values()) {
    for (const spec of instrument.spec.questions.values()) {
      for (const value of wrongAnswers(spec)) {
        problems.push(...validateAnswers(instrument.spec, { [spec.name]: value }, 'partial', context.external));
      }
      // A grid with one row answered, in a complete response: the rows it lacks (and the questions required).
      const { value, row } = firstCodes(spec);
      if (row !== undefined) problems.push(...validateAnswers(instrument.spec, { [spec.name]: { [row]: value } }, 'complete', context.external));
    }
  }
  return problems;
}

describe('the validation messages of the question kinds', () => {
  const problems = allProblems();

  it('are French sentences with French typography, whatever the question', () => {
    const codes = new Set(problems.map((p) => p.code));
    const every = ['type_invalide', 'choix_invalide', 'choix_en_double', 'ligne_inconnue', 'lignes_manquantes', 'colonne_inconnue', 'note_hors_echelle'];
    for (const code of [...every, 'nombre_entier_attendu', 'nombre_hors_limites', 'texte_trop_long', 'collectivite_inconnue']) {
      expect(codes, code).toContain(code);
    }
    const texts = problems.map((p) => ({ where: `${p.question} ${p.code}`, text: p.message }));
    expect(describeFaults(texts, typographyFaults)).toEqual([]);
  });

  it('name a missing row of a grid by its label, not its code', () => {
    const spec = catalog.get('enquete-annuelle')!.spec.questions.get('typologie_actions') as MatrixSpec;
    const answered = Object.fromEntries(spec.rows.slice(1).map((r) => [r, spec.values[0]]));
    const missing = spec.rows[0]!;
    const required = [{ keyword: 'required', path: [], params: { missingProperty: missing } }];
    const problem = matrix.problem({ ...spec, allRowsRequired: true }, required, answered);
    expect(problem.code).toBe('lignes_manquantes');
    expect(problem.message).toContain(`«\u202f${spec.rowLabels.get(missing)}\u202f»`);
    expect(problem.message).not.toContain(missing);
  });

  it('list the choices, rows and columns they name by their labels', () => {
    const byCode = (question: string, code: string) => problems.find((p) => p.question === question && p.code === code)!.message;
    // A region is offered as « Région », whose code is « region ».
    expect(byCode('collectivite_type', 'choix_invalide')).toContain('«\u202fRégion\u202f»');
    expect(byCode('collectivite_type', 'choix_invalide')).not.toMatch(/\bregion\b/);
    const grid = catalog.get('ua-2014-indicateurs')!.spec.questions.get('indicateurs') as MatrixDropdownSpec;
    const unknownColumn = byCode('indicateurs', 'colonne_inconnue');
    for (const c of grid.columns) {
      expect(unknownColumn).toContain(`«\u202f${c.title}\u202f»`);
      expect(unknownColumn).not.toMatch(new RegExp(`\\b${c.name}\\b`));
    }
    expect(byCode('indicateurs', 'note_hors_echelle')).toContain(`«\u202f${grid.rowLabels.get(grid.rows[0]!)}\u202f»`);
  });
});

/**
 * Every string written in the server's code: the messages of refusals (`DomainError`,
 * `ApiError`), the reasons given for withheld results and refused lines, mail texts (as the
 * `fr` tag makes them), console messages. Code strings (SQL, keys, paths) never have a space
 * before « : » or an apostrophe between letters, so every string is held to the rules that
 * fragments can be (a message is often written in pieces around the values it names).
 */
describe('the French of the server’s own code', () => {
  const strings = sourceStrings(['api', 'analysis', 'surveys']);

  it('is found where it is: refusals, reasons, mail texts', () => {
    const texts = strings.map((s) => s.text);
    expect(texts).toContain('Une erreur inattendue est survenue de notre côté\u202f; réessayez dans un instant.');
    expect(texts.some((t) => t.startsWith('Ce lien est propre à votre collectivité\u202f:'))).toBe(true);
  });

  it('has no plain space before « : ; ! ? » % € », none after « « », no straight apostrophe', () => {
    expect(describeFaults(strings, plainSpaceFaults)).toEqual([]);
  });
});
