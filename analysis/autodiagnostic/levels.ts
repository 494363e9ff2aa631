export type Level = 'emergent' | 'en_structuration' | 'structure' | 'avance';

export const LEVEL_LABELS: Record<Level, string> = {
  emergent: 'Émergent',
  en_structuration: 'En structuration',
  structure: 'Structuré',
  avance: 'Avancé',
};

/** The level of an overall score (0–100): < 25 emergent, < 50 en_structuration, < 75 structure, otherwise avance. */
export function levelOf(score: number): Level {
  if (score < 25) return 'emergent';
  if (score < 50) return 'en_structuration';
  if (score < 75) return 'structure';
  return 'avance';
}
