import { ActorEntry } from '../components/actors/ActorEntry';
import { groupActors } from '../components/actors/group-actors';
import { WithAbbreviations } from '../glossary/WithAbbreviations';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useGuideActors } from '../hooks/useGuideActors';
import { Link } from '../router';

const LEAD =
  'Les acteurs de l’appui à l’internationalisation des entreprises que cite le guide de l’ARRICOD (Fiche pratique 1, et Fiche pratique 2 ' +
  'pour la promotion du territoire), avec le rôle qu’il donne à chacun et le passage qui le dit. Les participants du «\u202fKit de ' +
  'survie\u202f» des universités d’automne 2015 demandaient un organigramme des acteurs de l’export.';

/** « Qui fait quoi à l’export » : the actors of the guide's Fiche pratique 1, by where they act and by family. */
export default function ActorsPage() {
  useDocumentTitle('Qui fait quoi à l’export');
  const { actors, error } = useGuideActors();
  return (
    <section className="actors-page">
      <h1>Qui fait quoi à l’export</h1>
      <p className="lead">
        <WithAbbreviations text={LEAD} />
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!actors && !error && <p role="status">Chargement des acteurs…</p>}
      {actors && (
        <>
          <p>
            <WithAbbreviations text={actors.map.summary} />
            {actors.map.note && (
              <>
                {' '}
                Le guide les situe en France ou à l’étranger dans le texte de la fiche{'\u202f'}; là où il ne le dit pas, ils sont rangés à
                part.
              </>
            )}
          </p>
          {groupActors(actors.actors).map((g) => (
            <section key={g.where ?? 'inconnu'} aria-labelledby={`ou-${g.where ?? 'inconnu'}`}>
              <h2 id={`ou-${g.where ?? 'inconnu'}`}>{g.heading}</h2>
              {g.families.map((f) => (
                <div key={f.family} className="actor-family">
                  <h3>{f.heading}</h3>
                  <dl className="actors">
                    {f.actors.map((a) => (
                      <ActorEntry key={a.id} actor={a} />
                    ))}
                  </dl>
                </div>
              ))}
            </section>
          ))}
          <p>
            Voir aussi le <Link href="/glossaire">glossaire des sigles du guide</Link>.
          </p>
        </>
      )}
    </section>
  );
}
