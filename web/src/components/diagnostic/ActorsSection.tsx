import type { Diagnostic } from '../../api';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import { ACTORS_PATH } from '../../paths';
import { Link } from '../../router';
import { actorsNamedIn } from './actors-named';
import { Folded } from './Folded';
import { GuideSource } from './GuideSource';

type Actor = Diagnostic['actors']['actors'][number];

function ActorItem({ actor }: { actor: Actor }) {
  return (
    <div>
      <dt>
        <WithAbbreviations text={actor.name} />
        {actor.whereLabel && ` — ${actor.whereLabel.toLowerCase()}`}
      </dt>
      <dd>
        <WithAbbreviations text={actor.role} /> <GuideSource source={actor.source} />
      </dd>
    </div>
  );
}

/**
 * « Qui fait quoi à l’export » : first the actors the guide names for the collectivity's
 * actions (in the « Qui ? » of their practical sheets), then the page that lists them all;
 * the whole list folded on screen, the names alone on paper.
 */
export function ActorsSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const { actors } = diagnostic;
  const who = diagnostic.categories.flatMap((c) => c.questions.filter((q) => q.key === 'qui').map((q) => q.answer));
  const named = actorsNamedIn(actors.actors, who);
  const page = `${window.location.origin}${ACTORS_PATH}`;
  return (
    <section aria-labelledby="acteurs-export">
      <h2 id="acteurs-export">{actors.title}</h2>
      {named.length > 0 && (
        <>
          <p>Pour vos actions, le guide nomme notamment{'\u202f'}:</p>
          <dl className="no-print">
            {named.map((a) => (
              <ActorItem key={a.id} actor={a} />
            ))}
          </dl>
          <p className="print-only">{named.map((a) => a.name).join('\u202f; ')}.</p>
        </>
      )}
      <p>
        Tous les acteurs de l’appui à l’export et leur rôle selon le guide{'\u202f'}: <Link href={ACTORS_PATH}>{actors.title}</Link>
        <span className="print-only-inline"> ({page})</span>.
      </p>
      <Folded summary={`Les ${actors.actors.length} acteurs que cite le guide`} printed={null}>
        <dl>
          {actors.actors.map((a) => (
            <ActorItem key={a.id} actor={a} />
          ))}
        </dl>
      </Folded>
    </section>
  );
}
