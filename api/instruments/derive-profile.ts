import type { Registry } from '../registry/registry.js';
import type { Problem } from './kinds/question-kind.js';

export interface DerivedProfile {
  answers: Record<string, unknown>;
  problems: Problem[];
}

/**
 * When the respondent names its collectivity, its type and population band come from the
 * official registry: missing ones are filled in, contradicting ones are refused (peer
 * groups are built on these two codes, so they must be right).
 */
export function deriveProfile(answers: Record<string, unknown>, registry: Registry): DerivedProfile {
  const key = answers.collectivite;
  if (typeof key !== 'string') return { answers, problems: [] };
  const entry = registry.get(key);
  if (!entry) return { answers, problems: [] };
  const problems: Problem[] = [];
  const derived: Record<string, unknown> = { ...answers };
  const pairs: [string, string | null, string][] = [
    ['collectivite_type', entry.type, 'le type'],
    ['strate_population', entry.strate, 'la strate de population'],
  ];
  for (const [code, expected, what] of pairs) {
    if (expected === null) continue;
    const given = answers[code];
    if (given !== undefined && given !== expected) {
      problems.push({
        question: code,
        code: 'profil_contradictoire',
        message: `${entry.nom} est enregistrée dans le référentiel officiel avec ${what} «\u202f${expected}\u202f», pas «\u202f${String(given)}\u202f». Corrigez la réponse ou la collectivité choisie.`,
      });
    } else {
      derived[code] = expected;
    }
  }
  return { answers: derived, problems };
}
