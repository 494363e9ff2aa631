import { lazy, Suspense } from 'react';
import { useDocumentTitle } from './hooks/useDocumentTitle';
import { HomePage } from './pages/HomePage';
import { WithAbbreviations } from './glossary/WithAbbreviations';
import { ACTORS_PATH } from './paths';
import { Link, usePath } from './router';

// The fill-in page carries the SurveyJS runtime; other pages never load it.
const FillPage = lazy(() => import('./pages/FillPage'));
const ResultsIndexPage = lazy(() => import('./pages/ResultsIndexPage'));
const ResultsPage = lazy(() => import('./pages/ResultsPage'));
const GuideFiguresPage = lazy(() => import('./pages/GuideFiguresPage'));
const ActorsPage = lazy(() => import('./pages/ActorsPage'));
const GlossaryPage = lazy(() => import('./pages/GlossaryPage'));
const ReportPage = lazy(() => import('./pages/ReportPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const AdminCampaignPage = lazy(() => import('./pages/AdminCampaignPage'));

function Page() {
  const path = usePath();
  const fill = /^\/questionnaires\/([^/]+)\/?$/.exec(path);
  if (fill) {
    const surveyId = decodeURIComponent(fill[1]!);
    return <FillPage key={path} surveyId={surveyId} />;
  }
  const report = /^\/reponses\/([^/]+)\/(rapport|pairs)\/?$/.exec(path);
  if (report) return <ReportPage key={path} responseId={decodeURIComponent(report[1]!)} kind={report[2] === 'pairs' ? 'pairs' : 'rapport'} />;
  const resume = /^\/reponses\/([^/]+)\/?$/.exec(path);
  if (resume) {
    return <FillPage key={path} responseId={decodeURIComponent(resume[1]!)} />;
  }
  const results = /^\/resultats\/([^/]+)\/?$/.exec(path);
  if (results) return <ResultsPage key={path} surveyId={decodeURIComponent(results[1]!)} />;
  if (path === '/resultats' || path === '/resultats/') return <ResultsIndexPage />;
  if (path === '/chiffres-du-guide') return <GuideFiguresPage />;
  if (path === ACTORS_PATH) return <ActorsPage />;
  if (path === '/glossaire') return <GlossaryPage />;
  const adminCampaign = /^\/admin\/campagnes\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (adminCampaign) return <AdminCampaignPage key={path} surveyId={decodeURIComponent(adminCampaign[1]!)} campaign={decodeURIComponent(adminCampaign[2]!)} />;
  if (path === '/admin' || path === '/admin/') return <AdminPage />;
  const invitation = /^\/invitation\/([^/]+)\/?$/.exec(path);
  if (invitation) {
    return <FillPage key={path} invitation={decodeURIComponent(invitation[1]!)} />;
  }
  if (path === '/' || path === '') return <HomePage />;
  return <NotFound />;
}

function NotFound() {
  useDocumentTitle('Page introuvable');
  return (
    <section>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page. <Link href="/">Retour à l’accueil</Link>
      </p>
    </section>
  );
}

export function App() {
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Observatoire de l’AICT économique
        </Link>
        <span className="brand-sub">
          <WithAbbreviations text="ARRICOD — action internationale économique des collectivités territoriales" />
        </span>
        <nav aria-label="Navigation principale">
          <Link href="/">Questionnaires</Link>
          <Link href="/resultats">Résultats</Link>
          <Link href="/chiffres-du-guide">Les chiffres du guide</Link>
          <Link href={ACTORS_PATH}>Qui fait quoi à l’export</Link>
          <Link href="/glossaire">Glossaire</Link>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Suspense fallback={<p role="status">Chargement…</p>}>
          <Page />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Vos réponses ne sont jamais publiées individuellement. Seuls vous (grâce à votre lien privé) et l’administrateur
          de l’ARRICOD peuvent les lire. <Link href="/admin">Administration</Link>
        </p>
      </footer>
    </>
  );
}
