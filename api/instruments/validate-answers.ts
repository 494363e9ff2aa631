import { ConditionRunner } from 'survey-core';
import type { InstrumentSpec, QuestionSpec, Scalar } from './question-spec.js';

export type ResponseStatus = 'partial' | 'complete';

/** One problem, named after the question it concerns; the message is a French sentence for the respondent. */
export interface Problem {
  question: string;
  code: string;
  message: string;
  row?: string;
  column?: string;
  [key: string]: unknown;
}

/** Lookups for `external` questions (the collectivity registry): true when the value exists there. */
export type ExternalLookups = Record<string, (value: string) => boolean>;

type Answers = Record<string, unknown>;

const runners = new Map<string, ConditionRunner>();
function isVisible(q: QuestionSpec, answers: Answers): boolean {
  if (!q.visibleIf) return true;
  let runner = runners.get(q.visibleIf);
  if (!runner) {
    runner = new ConditionRunner(q.visibleIf);
    runners.set(q.visibleIf, runner);
  }
  return runner.runValues(answers);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** SurveyJS never stores an empty answer; we treat the same shapes as "not answered". */
export function isEmptyAnswer(v: unknown): boolean {
  return (
    v === undefined ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (isPlainObject(v) && Object.keys(v).length === 0)
  );
}

const q = (spec: QuestionSpec) => `« ${spec.title} »`;
const list = (values: Scalar[]) => values.map((v) => String(v)).join(', ');

function checkScalar(spec: QuestionSpec, value: unknown, allowed: Scalar[], where: Partial<Problem> = {}): Problem | null {
  // A choice's codes are all texts or all numbers; the other JSON type is a type error, not a wrong code.
  const expected = allowed.length > 0 && allowed.every((a) => typeof a === typeof allowed[0]) ? typeof allowed[0] : null;
  if ((typeof value !== 'string' && typeof value !== 'number') || (expected !== null && typeof value !== expected)) {
    return {
      question: spec.name,
      code: 'type_invalide',
      message: `La réponse à ${q(spec)} doit être l'un des codes proposés (${list(allowed)}), pas ${describe(value)}.`,
      ...where,
    };
  }
  if (!allowed.includes(value)) {
    return {
      question: spec.name,
      code: 'choix_invalide',
      message: `« ${String(value)} » n'est pas un choix proposé pour ${q(spec)}${where.row ? ` (ligne « ${where.row} »)` : ''}. Choix possibles : ${list(allowed)}.`,
      ...where,
    };
  }
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'la valeur null';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un objet';
  if (typeof value === 'boolean') return 'un booléen';
  if (typeof value === 'number') return 'un nombre';
  return 'un texte';
}

function typeProblem(spec: QuestionSpec, expected: string, value: unknown): Problem {
  return {
    question: spec.name,
    code: 'type_invalide',
    message: `La réponse à ${q(spec)} doit être ${expected}, pas ${describe(value)}.`,
  };
}

function checkValue(spec: QuestionSpec, value: unknown, external: ExternalLookups): Problem | null {
  switch (spec.kind) {
    case 'choice':
      return checkScalar(spec, value, spec.values);
    case 'rating': {
      if (typeof value !== 'number') return typeProblem(spec, 'une note (nombre)', value);
      if (!spec.values.includes(value)) {
        return {
          question: spec.name,
          code: 'note_hors_echelle',
          message: `La note de ${q(spec)} doit être un entier de ${spec.values[0]} à ${spec.values[spec.values.length - 1]}.`,
        };
      }
      return null;
    }
    case 'external': {
      if (typeof value !== 'string') return typeProblem(spec, 'un identifiant du référentiel (texte)', value);
      const lookup = external[spec.source];
      if (!lookup || !lookup(value)) {
        return {
          question: spec.name,
          code: 'collectivite_inconnue',
          message: `« ${value} » n'est pas une collectivité du référentiel officiel. Choisissez-la dans la liste proposée.`,
        };
      }
      return null;
    }
    case 'multi': {
      if (!Array.isArray(value)) return typeProblem(spec, 'une liste de codes', value);
      for (const item of value) {
        const p = checkScalar(spec, item, spec.values);
        if (p) return p;
      }
      if (new Set(value).size !== value.length) {
        return { question: spec.name, code: 'choix_en_double', message: `Un même choix figure deux fois dans ${q(spec)}.` };
      }
      return null;
    }
    case 'matrix': {
      if (!isPlainObject(value)) return typeProblem(spec, 'un objet { ligne: valeur }', value);
      for (const [row, cell] of Object.entries(value)) {
        if (!spec.rows.includes(row)) return unknownRow(spec, row);
        const p = checkScalar(spec, cell, spec.values, { row });
        if (p) return p;
      }
      return null;
    }
    case 'matrixdropdown': {
      if (!isPlainObject(value)) return typeProblem(spec, 'un objet { ligne: { colonne: valeur } }', value);
      for (const [row, cells] of Object.entries(value)) {
        if (!spec.rows.includes(row)) return unknownRow(spec, row);
        if (!isPlainObject(cells)) {
          return { ...typeProblem(spec, 'un objet { colonne: valeur } pour chaque ligne', cells), row };
        }
        for (const [column, cell] of Object.entries(cells)) {
          const col = spec.columns.find((c) => c.name === column);
          if (!col) {
            return {
              question: spec.name,
              code: 'colonne_inconnue',
              message: `La colonne « ${column} » n'existe pas dans ${q(spec)}. Colonnes possibles : ${spec.columns.map((c) => c.name).join(', ')}.`,
              row,
              column,
            };
          }
          if (typeof cell !== 'number' || !col.values.includes(cell)) {
            return {
              question: spec.name,
              code: typeof cell === 'number' ? 'note_hors_echelle' : 'type_invalide',
              message: `« ${col.title} » de la ligne « ${row} » de ${q(spec)} doit être l'une des valeurs ${list(col.values)}.`,
              row,
              column,
            };
          }
        }
      }
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return typeProblem(spec, 'un nombre', value);
      if (spec.integer && !Number.isInteger(value)) {
        return { question: spec.name, code: 'nombre_entier_attendu', message: `La réponse à ${q(spec)} doit être un nombre entier.` };
      }
      if ((spec.min !== null && value < spec.min) || (spec.max !== null && value > spec.max)) {
        return {
          question: spec.name,
          code: 'nombre_hors_limites',
          message: `La réponse à ${q(spec)} doit être comprise entre ${fr(spec.min)} et ${fr(spec.max)}.`,
        };
      }
      return null;
    }
    case 'text': {
      if (typeof value !== 'string') return typeProblem(spec, 'un texte', value);
      if (value.length > spec.maxLength) {
        return {
          question: spec.name,
          code: 'texte_trop_long',
          message: `La réponse à ${q(spec)} dépasse ${fr(spec.maxLength)} caractères ; raccourcissez-la.`,
        };
      }
      return null;
    }
  }
}

function fr(n: number | null): string {
  return n === null ? '—' : n.toLocaleString('fr-FR');
}

function unknownRow(spec: QuestionSpec & { rows: string[] }, row: string): Problem {
  return {
    question: spec.name,
    code: 'ligne_inconnue',
    message: `La ligne « ${row} » n'existe pas dans ${q(spec)}.`,
    row,
  };
}

function missingRows(spec: QuestionSpec, value: unknown): string[] {
  if (spec.kind !== 'matrix' || !spec.allRowsRequired || !isPlainObject(value)) return [];
  return spec.rows.filter((r) => value[r] === undefined);
}

/**
 * Checks a whole answer set against its instrument. Returns at most one problem per
 * question (the first found), in the instrument's order then for unknown codes.
 * Partial responses are checked for shape only; complete ones also for required answers.
 */
export function validateAnswers(
  instrument: InstrumentSpec,
  answers: Record<string, unknown>,
  status: ResponseStatus,
  external: ExternalLookups = {},
): Problem[] {
  const problems: Problem[] = [];
  for (const spec of instrument.questions.values()) {
    const value = answers[spec.name];
    const answered = !isEmptyAnswer(value);
    if (answered) {
      const p = checkValue(spec, value, external);
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
        message: `La question ${q(spec)} ne s'applique pas compte tenu de vos autres réponses : retirez cette réponse.`,
      });
      continue;
    }
    if (status !== 'complete' || !visible) continue;
    if (spec.required && !answered) {
      problems.push({
        question: spec.name,
        code: 'reponse_obligatoire',
        message: `La question ${q(spec)} est obligatoire pour terminer le questionnaire.`,
      });
      continue;
    }
    const missing = answered ? missingRows(spec, value) : [];
    if (missing.length > 0) {
      problems.push({
        question: spec.name,
        code: 'lignes_manquantes',
        message: `Répondez à toutes les lignes de ${q(spec)} ; il manque : ${missing.join(', ')}.`,
        row: missing[0],
      });
    }
  }
  for (const name of Object.keys(answers)) {
    if (!instrument.questions.has(name)) {
      problems.push({
        question: name,
        code: 'question_inconnue',
        message: `La question « ${name} » n'existe pas dans ce questionnaire.`,
      });
    }
  }
  return problems;
}
