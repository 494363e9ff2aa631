import { DomainError } from '../domain/domain-error.js';
import type { Registry } from '../registry/registry.js';
import type { LoadedInstrument } from './catalog.js';
import { deriveProfile } from './derive-profile.js';
import { countedCells, type CountedCell } from './counted-cells.js';
import { flattenAnswers } from './flatten-answers.js';
import type { AnswerCell, Problem } from './kinds/question-kind.js';
import { validateAnswers, type ResponseStatus } from './validate-answers.js';

export interface PreparedAnswers {
  answers: Record<string, unknown>;
  cells: AnswerCell[];
  /** The cells that feed the pre-aggregated counts. */
  counted: CountedCell[];
  profile: { collectivite: string | null; collectivite_type: string | null; strate_population: string | null };
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The prepared answers, or every problem that stops them (one per question). */
export type CheckedAnswers = { ok: true; prepared: PreparedAnswers } | { ok: false; problems: Problem[] };

/**
 * Validates answers against the instrument and the registry, derives the profile, and
 * produces the normalised rows; throws a DomainError listing one problem per question.
 */
export function prepareAnswers(
  instrument: LoadedInstrument,
  raw: Record<string, unknown>,
  status: ResponseStatus,
  registry: Registry,
): PreparedAnswers {
  const checked = checkAnswers(instrument, raw, status, registry);
  if (checked.ok) return checked.prepared;
  const n = checked.problems.length;
  throw new DomainError(
    'invalide',
    'reponses_invalides',
    n === 1
      ? 'Une réponse ne peut pas être enregistrée\u202f; voir le détail.'
      : `${n} réponses ne peuvent pas être enregistrées\u202f; voir le détail de chacune.`,
    checked.problems,
  );
}

/** What prepareAnswers does, with the problems returned instead of thrown (imports collect them row by row). */
export function checkAnswers(
  instrument: LoadedInstrument,
  raw: Record<string, unknown>,
  status: ResponseStatus,
  registry: Registry,
): CheckedAnswers {
  // The registry fills in type and band first, so that a named collectivity answers them.
  const derived = deriveProfile(raw, registry);
  const problems = validateAnswers(instrument.spec, derived.answers, status, {
    collectivite: (key) => registry.get(key) !== undefined,
  });
  const seen = new Set(problems.map((p) => p.question));
  const all = [...problems, ...derived.problems.filter((p) => !seen.has(p.question))];
  if (all.length > 0) return { ok: false, problems: all };
  const answers = derived.answers;
  const cells = flattenAnswers(instrument.spec, answers);
  return {
    ok: true,
    prepared: {
      answers,
      cells,
      counted: countedCells(instrument.spec, cells),
      profile: {
        collectivite: text(answers.collectivite),
        collectivite_type: text(answers.collectivite_type),
        strate_population: text(answers.strate_population),
      },
    },
  };
}
