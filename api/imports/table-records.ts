import { DomainError } from '../domain/domain-error.js';
import type { Column } from '../exports/columns.js';
import { cellsToAnswers } from './cells-to-answers.js';
import { recordOf, type ImportRecord } from './import-record.js';

/** Maps the header of a file to the export layout; an unknown column refuses the whole file. */
function mapHeader(columns: Column[], header: unknown[]): (Column | null)[] {
  const byCode = new Map(columns.map((c) => [c.code, c]));
  const unknown = header.map(String).filter((code) => code.trim() !== '' && !byCode.has(code.trim()));
  if (unknown.length > 0) {
    throw new DomainError('invalide', 'fichier_invalide', `Le fichier a des colonnes que ce questionnaire ne connaît pas\u202f: ${unknown.slice(0, 10).join(', ')}. Partez d’un export de la même enquête.`);
  }
  return header.map((code) => byCode.get(String(code).trim()) ?? null);
}

/**
 * The responses of a table laid out as our exports (CSV or XLSX rows, as they are read): a
 * first row of column codes, perhaps a row of their labels, then one response a row.
 */
export async function* tableRecords(columns: Column[], rows: AsyncIterable<unknown[]>): AsyncGenerator<ImportRecord> {
  let mapped: (Column | null)[] | null = null;
  let layout: Column[] = [];
  let line = 0;
  for await (const cells of rows) {
    line++;
    if (!mapped) {
      mapped = mapHeader(columns, cells);
      layout = mapped.filter((c): c is Column => c !== null);
      continue;
    }
    if (line === 2 && mapped.every((c, i) => !c || String(cells[i] ?? '') === c.label)) continue;
    const kept = layout.length === mapped.length ? cells : cells.filter((_, j) => mapped![j] !== null);
    const { answers, status } = cellsToAnswers(layout, kept);
    yield recordOf(line, answers, status);
  }
  if (!mapped) throw new DomainError('invalide', 'fichier_vide', 'Le fichier est vide\u202f: il doit commencer par la ligne des codes de colonnes.');
}
