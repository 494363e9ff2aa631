import { DomainError } from '../domain/domain-error.js';
import type { ImportReport } from './import-responses.js';
import { counted } from '../../surveys/french-typography.js';

/**
 * Refuses an all-or-nothing import that stored nothing because of rejected rows: one
 * detail per problem of each rejected line, and the whole report beside the error.
 */
export function assertImportAccepted(report: ImportReport): void {
  if (!report.allOrNothing || report.rejected.length === 0) return;
  throw new DomainError(
    'invalide',
    'import_refuse',
    `${counted(report.rejected.length, 'ligne', 'lignes')} sur ${report.total} ${report.rejected.length < 2 ? 'ne passe' : 'ne passent'} pas la validation\u202f: rien n’a été enregistré (mode tout ou rien). Corrigez-les ou importez en mode partiel.`,
    report.rejected.flatMap((r) => r.problems.map((p) => ({ line: r.line, question: p.question, code: 'ligne_rejetee', message: `Ligne ${r.line}\u202f: ${p.message}` }))),
    { report },
  );
}
