import { DiagnosticReport } from '../components/DiagnosticReport';
import { PeersReport } from '../components/PeersReport';
import { rememberedResponses, tokenFromHash } from '../remembered';
import { Link } from '../router';

/** The private report pages: /reponses/:id/rapport (self-diagnosis) and /reponses/:id/pairs (annual survey). */
export default function ReportPage({ responseId, kind }: { responseId: string; kind: 'rapport' | 'pairs' }) {
  const token = tokenFromHash(window.location.hash) ?? rememberedResponses().find((r) => r.id === responseId)?.token;
  if (!token) {
    return (
      <p role="alert" className="error">
        Ce lien est incomplet : il doit se terminer par « #jeton=… ». Copiez le lien privé en entier.
      </p>
    );
  }
  return (
    <>
      <p className="no-print">
        <Link href={`/reponses/${responseId}#jeton=${token}`}>← Revenir à mes réponses</Link>
      </p>
      {kind === 'rapport' ? <DiagnosticReport id={responseId} token={token} /> : <PeersReport id={responseId} token={token} />}
    </>
  );
}
