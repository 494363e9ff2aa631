import type { Diagnostic } from '../../api';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import { Folded } from './Folded';
import { GuideSource } from './GuideSource';

/** Good practices to look at: the guide's FOCUS boxes and the Kit de survie's innovative collectivities. */
export function ExamplesSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const { examples } = diagnostic;
  return (
    <section aria-labelledby="exemples">
      <h2 id="exemples">Des exemples à regarder</h2>
      <Folded
        summary={`Les ${examples.length} exemples que cite le guide`}
        printed={<p>{examples.map((e) => `${e.who} — ${e.what} (${e.section})`).join('\u202f; ')}.</p>}
      >
        <ul>
          {examples.map((e) => (
            <li key={e.id}>
              <strong>
                <WithAbbreviations text={`${e.who} — ${e.what}`} />
              </strong>
              {'\u202f'}: <WithAbbreviations text={e.summary} /> <GuideSource source={e.source} />
            </li>
          ))}
        </ul>
      </Folded>
    </section>
  );
}

/** What the guide says of one level, each statement with its passage. */
function LevelStatements({ level }: { level: Diagnostic['echelons'][number] }) {
  return (
    <ul>
      {level.statements.map((s) => (
        <li key={s.id}>
          <WithAbbreviations text={s.text} /> <GuideSource source={s.source} />
        </li>
      ))}
    </ul>
  );
}

/** The guide's level-by-level view of which collectivity does what: the collectivity's own level open, and alone on paper. */
export function EchelonsSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const own = diagnostic.echelons.filter((l) => l.own);
  return (
    <section aria-labelledby="echelons">
      <h2 id="echelons">Qui fait quoi selon l’échelon</h2>
      <div className="no-print">
        {diagnostic.echelons.map((l) => (
          <details key={l.level} open={l.own}>
            <summary>
              {l.name}
              {l.own && ' (votre échelon)'}
            </summary>
            <LevelStatements level={l} />
          </details>
        ))}
      </div>
      <div className="print-only">
        <p>Ce que le guide dit de votre échelon (les autres sont décrits dans la version en ligne de ce rapport){'\u202f'}:</p>
        {own.map((l) => (
          <div key={l.level}>
            <h3>{l.name}</h3>
            <LevelStatements level={l} />
          </div>
        ))}
      </div>
    </section>
  );
}

type Skill = Diagnostic['training']['skills'][number];

// The grid's savoir-être have no group of their own.
const PART_NAMES: Record<Skill['part'], string> = { savoir_faire: 'Savoir-faire', savoir: 'Savoirs', savoir_etre: 'Savoir-être' };
const groupOf = (s: Skill) => s.group ?? PART_NAMES[s.part];

/** The skills by their group of the guide's grid, groups and skills in the grid's order. */
function byGroup(skills: readonly Skill[]): [string, Skill[]][] {
  const groups = new Map<string, Skill[]>();
  for (const s of skills) groups.set(groupOf(s), [...(groups.get(groupOf(s)) ?? []), s]);
  return [...groups];
}

/** A list of skills longer than this is folded on screen. */
const FOLDED_FROM = 5;

/** The skills the team rated « à acquérir » or « à renforcer » in the optional grid, and why training matters. */
export function TrainingSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const { training } = diagnostic;
  return (
    <section aria-labelledby="formation">
      <h2 id="formation">Compétences à travailler</h2>
      {training.why && (
        <p>
          <WithAbbreviations text={training.why.text} /> <GuideSource source={training.why} />
        </p>
      )}
      {training.rated === 0 ? (
        <p>
          Vous n’avez pas rempli la grille facultative des compétences{'\u202f'}: complétez-la pour voir ici celles à acquérir ou à
          renforcer.
        </p>
      ) : training.skills.length === 0 ? (
        <p>Toutes les compétences que vous avez évaluées sont acquises.</p>
      ) : (
        <Folded
          fold={training.skills.length > FOLDED_FROM}
          summary={`Les ${training.skills.length} compétences à acquérir ou à renforcer, sur ${training.rated} évaluées`}
          printed={
            <p>
              {training.skills.length} compétences à acquérir ou à renforcer, sur {training.rated} évaluées.{' '}
              {byGroup(training.skills).map(([group, skills]) => (
                <span key={group}>
                  <strong>{group}</strong>
                  {'\u202f: '}
                  {skills.map((s) => s.label).join('\u202f; ')}.{' '}
                </span>
              ))}
            </p>
          }
        >
          <ul>
            {training.skills.map((s) => (
              <li key={s.code}>
                <strong>{s.statusLabel}</strong> — {groupOf(s)}
                {'\u202f: '}
                <WithAbbreviations text={s.label} />
              </li>
            ))}
          </ul>
        </Folded>
      )}
    </section>
  );
}
