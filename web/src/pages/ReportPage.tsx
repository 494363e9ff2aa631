import { DiagnosticReport } from '../components/DiagnosticReport';
import { PeersReport } from '../components/PeersReport';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { rememberedResponses, tokenFromHash } from '../remembered';
import { Link } from '../router';

const HEADINGS = { rapport: 'Votre autodiagnostic', pairs: 'Votre collectivité face à ses pairs' };

/** The private report pages: /reponses/:id/rapport (self-diagnosis) and /reponses/:id/pairs (annual survey). */
export default function ReportPage({ responseId, kind }: { responseId: string; kind: 'rapport' | 'pairs' }) {
  useDocumentTitle(HEADINGS[kind]);
  const token = tokenFromHash(window.location.hash) ?? rememberedResponses().find((r) => r.id === responseId)?.token;
  if (!token) {
    return (
      <section>
        <h1>{HEADINGS[kind]}</h1>
        <p role="alert" className="error">
          {'Ce lien est incomplet\u202f: il doit se terminer par «\u202f#jeton=…\u202f». Copiez le lien privé en entier.'}
        </p>
      </section>
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
