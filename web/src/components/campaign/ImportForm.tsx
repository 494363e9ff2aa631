import { useState } from 'react';
import { campaignRoutes, errorMessage, type CampaignKey } from '../../api';
import { adminHeaders } from '../../admin-session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a CSV or XLSX file as the import's raw body. Returns the import's report in words, one rejected line per line. */
async function importFile(param: CampaignKey, file: File, mode: 'tout-ou-rien' | 'partiel'): Promise<string> {
  const headers = { ...adminHeaders().headers, 'content-type': /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv' };
  // `init` carries the file past the client's JSON and form encoders.
  const res = await campaignRoutes.import.$post({ param, query: { mode } }, { headers, init: { body: file } });
  // A refusal in all-or-nothing mode lists each rejected line in its details.
  if (!res.ok) return errorMessage(res, '\n');
  const report = await res.json();
  const lines = report.rejected.flatMap((r) => r.problems.map((p) => `Ligne ${r.line}\u202f: ${p.message}`));
  return [`${report.imported} réponse(s) importée(s) sur ${report.total}.`, ...lines].join('\n');
}

/** Imports historical responses from a file in the export's format, all or nothing or only the valid lines. */
export function ImportForm({ surveyId, campaign, onImported }: CampaignKey & { onImported: () => Promise<void> }) {
  const [report, setReport] = useState<string | null>(null);
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
          setReport('Import en cours…');
          setReport(await importFile({ surveyId, campaign }, file, mode));
          await onImported();
        }}
      >
        <label htmlFor="fichier-import">Fichier CSV ou XLSX au format de l’export</label>
        <input id="fichier-import" name="fichier-import" type="file" accept=".csv,.xlsx" required />
        <label htmlFor="mode">Mode</label>
        <select id="mode" name="mode" defaultValue="tout-ou-rien">
          <option value="tout-ou-rien">Tout ou rien{'\u202f:'} une ligne invalide et rien n’est importé</option>
          <option value="partiel">Partiel{'\u202f:'} importer les lignes valides</option>
        </select>
        <button type="submit">Importer</button>
      </form>
      {report && <pre className="report-text" role="status">{report}</pre>}
    </>
  );
}
