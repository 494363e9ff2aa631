import { GuideSource } from '../components/diagnostic/GuideSource';
import { WithAbbreviations } from '../glossary/WithAbbreviations';
import { useGlossary } from '../glossary/glossary-store';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { ACTORS_PATH } from '../paths';
import { Link } from '../router';

/** The guide's abbreviations and what they stand for, as the pages spell them out. */
export default function GlossaryPage() {
  useDocumentTitle('Glossaire des sigles');
  const glossary = useGlossary();
  return (
    <section className="glossary-page">
      <h1>Glossaire des sigles</h1>
      <p className="lead">
        Les sigles qu’emploie le guide de l’<WithAbbreviations text="ARRICOD" />, avec leur développement. Quand le guide ne le donne pas,
        c’est le développement usuel, signalé comme tel. Dans les pages du service, ces sigles sont soulignés en pointillé{'\u202f'}: leur
        développement s’affiche au survol et les lecteurs d’écran peuvent le lire.
      </p>
      {!glossary && <p role="status">Chargement du glossaire…</p>}
      {glossary && (
        <dl className="glossary">
          {glossary.entries.map((a) => (
            <div key={a.abbreviation} id={`sigle-${a.abbreviation.replace(/[^\p{L}\p{N}]+/gu, '-')}`}>
              <dt>{a.expansion ? <abbr title={a.expansion}>{a.abbreviation}</abbr> : a.abbreviation}</dt>
              <dd>
                {a.expansion ? <WithAbbreviations text={a.expansion} /> : 'Sans développement sûr'}
                {!a.fromGuide && a.expansion && <span className="usual"> (développement usuel, que le guide ne donne pas)</span>}
                {a.note && <span className="note"> — {a.note}</span>}
                <GuideSource source={a.source} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        Voir aussi <Link href={ACTORS_PATH}>qui fait quoi à l’export</Link>.
      </p>
    </section>
  );
}
