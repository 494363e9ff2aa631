import { useState } from 'react';
import { counted } from '../../../../surveys/french-typography';
import { campaignRoutes, errorMessage, type CampaignKey } from '../../api';
import { adminHeaders } from '../../admin-session';
import { fetchWithUploadProgress } from '../../fetch-with-upload-progress';
import { formatInteger, formatPercent } from '../../format';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import reads a file as, from its name: XLSX, JSON lines, or CSV. */
function contentTypeOf(name: string): string {
  if (/\.xlsx$/i.test(name)) return XLSX;
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'application/x-ndjson';
  return 'text/csv';
}

/**
 * Sends a file as the import's raw body, saying how much of it has gone. Returns the
 * import's report in words, one rejected line per line.
 */
async function importFile(param: CampaignKey, file: File, mode: 'tout-ou-rien' | 'partiel', onProgress: (share: number) => void): Promise<string> {
  const headers = { ...adminHeaders().headers, 'content-type': contentTypeOf(file.name) };
  // `init` carries the file past the client's JSON and form encoders.
  const res = await campaignRoutes.import.$post({ param, query: { mode } }, { headers, init: { body: file }, fetch: fetchWithUploadProgress(onProgress) });
  // A refusal in all-or-nothing mode lists each rejected line in its details.
  if (!res.ok) return errorMessage(res, '\n');
  const report = await res.json();
  const lines = report.rejected.flatMap((r) => r.problems.map((p) => `Ligne ${r.line}\u202f: ${p.message}`));
  return [`${counted(report.imported, 'réponse importée', 'réponses importées')} sur ${formatInteger(report.total)}.`, ...lines].join('\n');
}

/** Imports historical responses from a file in the export's format, all or nothing or only the valid lines. */
export function ImportForm({ surveyId, campaign, onImported }: CampaignKey & { onImported: () => Promise<void> }) {
  const [report, setReport] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  return (
    <>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const input = form.elements.namedItem('fichier-import');
          const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
          if (!file) return;
          const mode = new FormData(form).get('mode') === 'partiel' ? 'partiel' : 'tout-ou-rien';
          setReport(null);
          setSent(0);
          try {
            setReport(await importFile({ surveyId, campaign }, file, mode, setSent));
          } catch (error) {
            setReport(error instanceof Error ? error.message : 'L’import n’a pas abouti.');
          } finally {
            setSent(null);
          }
          await onImported();
        }}
      >
        <label htmlFor="fichier-import">Fichier CSV ou XLSX au format de l’export, ou JSON lines (une réponse par ligne)</label>
        <input id="fichier-import" name="fichier-import" type="file" accept=".csv,.xlsx,.jsonl,.ndjson" required />
        <label htmlFor="mode">Mode</label>
        <select id="mode" name="mode" defaultValue="tout-ou-rien">
          <option value="tout-ou-rien">Tout ou rien{'\u202f:'} une ligne invalide et rien n’est importé</option>
          <option value="partiel">Partiel{'\u202f:'} importer les lignes valides</option>
        </select>
        <button type="submit" disabled={sent !== null}>
          Importer
        </button>
      </form>
      {sent !== null && (
        <p role="status" className="import-progress">
          <label htmlFor="import-progress">{sent < 1 ? `Fichier lu et validé à ${formatPercent(sent * 100)}` : 'Fichier lu\u202f: écriture des dernières réponses…'}</label>
          <progress id="import-progress" max={1} value={sent} />
        </p>
      )}
      {report && <pre className="report-text" role="status">{report}</pre>}
    </>
  );
}
