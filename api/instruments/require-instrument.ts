import type { LoadedInstrument } from '../deps.js';
import { DomainError } from '../domain/domain-error.js';

/** The instrument of an id, or a refusal naming it. */
export function requireInstrument(instruments: Map<string, LoadedInstrument>, id: string): LoadedInstrument {
  const instrument = instruments.get(id);
  if (!instrument) throw new DomainError('introuvable', 'questionnaire_inconnu', `Le questionnaire « ${id} » n’existe pas.`);
  return instrument;
}
