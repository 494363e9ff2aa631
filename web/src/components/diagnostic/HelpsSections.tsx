import type { Diagnostic } from '../../api';
import { GuideSource } from './GuideSource';

/** Good practices to look at: the guide's FOCUS boxes and the Kit de survie's innovative collectivities. */
export function ExamplesSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="exemples">
      <h2 id="exemples">Des exemples à regarder</h2>
      <ul>
        {diagnostic.examples.map((e) => (
          <li key={e.id}>
            <strong>
              {e.who} — {e.what}
            </strong>{' '}
            : {e.summary} <GuideSource source={e.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The guide's level-by-level view of which collectivity does what, the collectivity's own level first. */
export function EchelonsSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="echelons">
      <h2 id="echelons">Qui fait quoi selon l’échelon</h2>
      {diagnostic.echelons.map((l) => (
        <details key={l.level} open={l.own}>
          <summary>
            {l.name}
            {l.own && ' (votre échelon)'}
          </summary>
          <ul>
            {l.statements.map((s) => (
              <li key={s.id}>
                {s.text} <GuideSource source={s.source} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** « Qui fait quoi à l’export » : the actors of Fiche pratique 1 and their roles. */
export function ActorsSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const { actors } = diagnostic;
  return (
    <section aria-labelledby="acteurs-export">
      <h2 id="acteurs-export">{actors.title}</h2>
      <p>{actors.map.summary}</p>
      <dl>
        {actors.actors.map((a) => (
          <div key={a.id}>
            <dt>
              {a.name}
              {a.abbreviation && a.abbreviation !== a.name && ` (${a.abbreviation})`}
              {a.whereLabel && ` — ${a.whereLabel.toLowerCase()}`}
            </dt>
            <dd>
              {a.role} <GuideSource source={a.source} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The skills the team rated « à acquérir » or « à renforcer » in the optional grid, and why training matters. */
export function TrainingSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const { training } = diagnostic;
  return (
    <section aria-labelledby="formation">
      <h2 id="formation">Compétences à travailler</h2>
      {training.why && (
        <p>
          {training.why.text} <GuideSource source={training.why} />
        </p>
      )}
      {training.rated === 0 ? (
        <p>Vous n’avez pas rempli la grille facultative des compétences : complétez-la pour voir ici celles à acquérir ou à renforcer.</p>
      ) : training.skills.length === 0 ? (
        <p>Toutes les compétences que vous avez évaluées sont acquises.</p>
      ) : (
        <ul>
          {training.skills.map((s) => (
            <li key={s.code}>
              <strong>{s.statusLabel}</strong> — {s.group ? `${s.group} : ` : ''}
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
