import type { GuideActor } from '../../hooks/useGuideActors';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import { GuideSource } from '../diagnostic/GuideSource';

const siteUrl = (site: string) => (/^https?:\/\//.test(site) ? site : `https://${site}`);

/** An actor's name (and its abbreviation), its role as the guide gives it, the passage that says so. */
export function ActorEntry({ actor }: { actor: GuideActor }) {
  const shortName = actor.abbreviation && !actor.name.includes(actor.abbreviation) ? ` (${actor.abbreviation})` : '';
  return (
    <div className="actor" data-actor={actor.id}>
      <dt>
        <WithAbbreviations text={actor.name + shortName} />
      </dt>
      <dd>
        <WithAbbreviations text={actor.role} />
        {actor.site && (
          <>
            {' '}
            <a className="actor-site" href={siteUrl(actor.site)}>
              {actor.site.replace(/^https?:\/\//, '')}
            </a>
          </>
        )}
        <GuideSource source={actor.source} />
      </dd>
    </div>
  );
}
