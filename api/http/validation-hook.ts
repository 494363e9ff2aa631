import { ApiError } from './errors.js';

/** zValidator hook: a schema failure at the edge becomes our 422 with one detail per field. */
export function rejectInvalid(result: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }): void {
  if (result.success || !result.error) return;
  throw new ApiError(
    422,
    'requete_invalide',
    'La requête ne respecte pas le format attendu\u202f; voir le détail.',
    result.error.issues.map((issue) => ({
      code: 'champ_invalide',
      field: issue.path.map(String).join('.') || '(corps)',
      message: frenchIssue(issue.path.map(String).join('.'), issue.code),
    })),
  );
}

function frenchIssue(field: string, code: string): string {
  const where = field ? `Le champ «\u202f${field}\u202f»` : 'Le corps de la requête';
  switch (code) {
    case 'invalid_type':
      return `${where} est absent ou n’a pas le bon type.`;
    case 'invalid_value':
      return `${where} n’a pas une valeur acceptée.`;
    case 'unrecognized_keys':
      return `${where} contient des champs inconnus.`;
    case 'too_big':
      return `${where} est trop grand.`;
    case 'too_small':
      return `${where} est trop petit.`;
    default:
      return `${where} est invalide.`;
  }
}
