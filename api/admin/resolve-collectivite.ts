import { normalizeName } from '../registry/normalize.js';
import { displayLabel, type Collectivite, type Registry } from '../registry/registry.js';

export type Resolution = { ok: true; entry: Collectivite } | { ok: false; reason: string };

/**
 * One line of an invitation list: a registry key (`commune:38185`), an official code
 * (INSEE, SIREN, département or région code) or an exact name. A name or code shared by
 * several collectivities is refused with the candidates, so that nobody is invited by
 * mistake.
 */
export function resolveCollectivite(registry: Registry, input: string): Resolution {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Ligne vide.' };
  const byKey = registry.get(text);
  if (byKey) return { ok: true, entry: byKey };
  const { items } = registry.search(text, { take: 50 });
  const wanted = normalizeName(text);
  const exact = items.filter((c) => c.code === text || normalizeName(c.nom) === wanted);
  if (exact.length === 1) return { ok: true, entry: exact[0]! };
  if (exact.length > 1) {
    return {
      ok: false,
      reason: `Plusieurs collectivités correspondent (${exact.slice(0, 5).map((c) => `${displayLabel(c)}\u202f: ${c.key}`).join('\u202f; ')})\u202f: indiquez l’identifiant voulu.`,
    };
  }
  return { ok: false, reason: 'Aucune collectivité du référentiel officiel ne porte ce nom ou ce code.' };
}
