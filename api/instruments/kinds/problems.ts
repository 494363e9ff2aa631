import type { Problem, Scalar, SpecBase } from './question-kind.js';

/** The French wording of validation problems, shared by the kinds so that all speak alike. */

/** A title or a label between French quotation marks. */
export const inQuotes = (text: string) => `«\u202f${text}\u202f»`;
export const quoted = (spec: Pick<SpecBase, 'title'>) => inQuotes(spec.title);

/** The labels people read for some codes (a code without a label stands for itself). */
export type CodeLabels = ReadonlyMap<string, string> | undefined;

/** Codes as people know them: each by its label, quoted, in the instrument's order (a mark that is its own label stays a bare number). */
export function labelList(values: readonly Scalar[], labels: CodeLabels): string {
  return values
    .map((v) => {
      const label = labels?.get(String(v)) ?? String(v);
      return typeof v === 'number' && label === String(v) ? label : inQuotes(label);
    })
    .join(', ');
}

export function frenchNumber(n: number | null): string {
  return n === null ? '—' : n.toLocaleString('fr-FR');
}

function describeValue(value: unknown): string {
  if (value === null) return 'la valeur null';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un objet';
  if (typeof value === 'boolean') return 'un booléen';
  if (typeof value === 'number') return 'un nombre';
  return 'un texte';
}

export function typeProblem(spec: SpecBase, expected: string, value: unknown): Problem {
  return {
    question: spec.name,
    code: 'type_invalide',
    message: `La réponse à ${quoted(spec)} doit être ${expected}, pas ${describeValue(value)}.`,
  };
}

/** A code among `allowed`: wrong JSON type and unknown code are two different problems. */
export function checkCode(
  spec: SpecBase & { valueLabels?: CodeLabels; rowLabels?: CodeLabels },
  value: unknown,
  allowed: readonly Scalar[],
  where: Partial<Problem> = {},
): Problem | null {
  // A choice's codes are all texts or all numbers; the other JSON type is a type error, not a wrong code.
  const expected = allowed.length > 0 && allowed.every((a) => typeof a === typeof allowed[0]) ? typeof allowed[0] : null;
  if ((typeof value !== 'string' && typeof value !== 'number') || (expected !== null && typeof value !== expected)) {
    return {
      question: spec.name,
      code: 'type_invalide',
      message: `La réponse à ${quoted(spec)} doit être l’un des choix proposés (${labelList(allowed, spec.valueLabels)}), pas ${describeValue(value)}.`,
      ...where,
    };
  }
  if (!allowed.includes(value)) {
    return {
      question: spec.name,
      code: 'choix_invalide',
      message: `«\u202f${String(value)}\u202f» n’est pas un choix proposé pour ${quoted(spec)}${where.row ? ` (ligne ${inQuotes(spec.rowLabels?.get(where.row) ?? where.row)})` : ''}. Choix possibles\u202f: ${labelList(allowed, spec.valueLabels)}.`,
      ...where,
    };
  }
  return null;
}

export function unknownRow(spec: SpecBase, row: string): Problem {
  return { question: spec.name, code: 'ligne_inconnue', message: `La ligne «\u202f${row}\u202f» n’existe pas dans ${quoted(spec)}.`, row };
}

/** An answer its schema refused for a reason its kind does not name: kept general rather than silent. */
export function refused(spec: SpecBase): Problem {
  return { question: spec.name, code: 'reponse_invalide', message: `La réponse à ${quoted(spec)} ne correspond pas à ce que la question attend.` };
}
