import type { AppDeps } from '../deps.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import { requireOpenCampaign } from '../campaigns/campaign-rules.js';
import { DomainError } from '../domain/domain-error.js';
import { exportColumns, type Column } from '../exports/columns.js';
import { checkAnswers, type PreparedAnswers } from '../instruments/prepare-answers.js';
import { storeNewResponses } from '../responses/store-new-responses.js';
import { newResponseRow } from '../responses/create-response.js';
import { cellsToAnswers } from './cells-to-answers.js';

export interface RejectedRow {
  /** Line of the file (1 is the header). */
  line: number;
  problems: { question?: string; message: string }[];
}

export interface ImportReport {
  total: number;
  imported: number;
  rejected: RejectedRow[];
  allOrNothing: boolean;
  /** False when all-or-nothing refused the file: nothing was stored. */
  stored: boolean;
}

type ImportDeps = Pick<AppDeps, 'db' | 'registry' | 'clock' | 'catalog'>;

/** Maps the header of a file to the export layout; an unknown column refuses the whole file. */
function mapHeader(columns: Column[], header: unknown[]): (Column | null)[] {
  const byCode = new Map(columns.map((c) => [c.code, c]));
  const unknown = header.map(String).filter((code) => code.trim() !== '' && !byCode.has(code.trim()));
  if (unknown.length > 0) {
    throw new DomainError('invalide', 'fichier_invalide', `Le fichier a des colonnes que ce questionnaire ne connaît pas : ${unknown.slice(0, 10).join(', ')}. Partez d’un export de la même enquête.`);
  }
  return header.map((code) => byCode.get(String(code).trim()) ?? null);
}

/**
 * Imports historical responses laid out as our exports (CSV or XLSX rows) into an existing,
 * open campaign (refused otherwise, before any row is read), through the same validation as
 * the API. Every rejected row is reported with its reasons. In all-or-nothing mode a single
 * rejected row stores nothing; otherwise the valid rows are stored. The rows are written in
 * one transaction (all-or-nothing) or in batches.
 */
export async function importResponses(
  deps: ImportDeps,
  instrument: LoadedInstrument,
  campaign: string,
  rows: unknown[][],
  options: { allOrNothing: boolean; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  await requireOpenCampaign(deps.db, instrument.id, campaign, deps.clock.now());
  if (rows.length === 0) throw new DomainError('invalide', 'fichier_vide', 'Le fichier est vide : il doit commencer par la ligne des codes de colonnes.');
  const columns = exportColumns(instrument.spec);
  const mapped = mapHeader(columns, rows[0]!);
  const layout = mapped.filter((c): c is Column => c !== null);
  const labelsRow = rows[1] && mapped.every((c, i) => !c || String(rows[1]![i] ?? '') === c.label);
  const first = labelsRow ? 2 : 1;
  const data = rows.slice(first);

  const valid: { prepared: PreparedAnswers; status: 'partial' | 'complete' }[] = [];
  const rejected: RejectedRow[] = [];
  data.forEach((cells, i) => {
    const line = first + i + 1;
    const kept = mapped.map((c, j) => (c ? cells[j] : undefined)).filter((_, j) => mapped[j] !== null);
    const { answers, status } = cellsToAnswers(layout, kept);
    const s = status ?? 'complete';
    if (s !== 'complete' && s !== 'partial') {
      rejected.push({ line, problems: [{ question: 'statut', message: `Statut « ${s} » inconnu : complete ou partial.` }] });
      return;
    }
    const checked = checkAnswers(instrument, answers, s, deps.registry);
    if (checked.ok) valid.push({ prepared: checked.prepared, status: s });
    else rejected.push({ line, problems: checked.problems.map((p) => ({ question: p.question, message: p.message })) });
    options.onProgress?.(i + 1, data.length * 2);
  });

  const report: ImportReport = { total: data.length, imported: 0, rejected, allOrNothing: options.allOrNothing, stored: false };
  if (options.allOrNothing && rejected.length > 0) return report;

  const batchSize = options.allOrNothing ? valid.length : 1000;
  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    await deps.db.transaction().execute(async (trx) => {
      await storeNewResponses(
        trx,
        deps.catalog,
        // Verified: imported by the administrator.
        batch.map(({ prepared, status }) => ({ ...prepared, row: newResponseRow(deps, instrument, prepared, status, { campaign, verified: true }).row })),
      );
    });
    report.imported += batch.length;
    options.onProgress?.(data.length + report.imported, data.length * 2);
  }
  report.stored = report.imported > 0;
  return report;
}
