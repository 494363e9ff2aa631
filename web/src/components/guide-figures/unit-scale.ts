import { formatInteger, formatNumber, formatPercent } from '../../format';

/** How the values of a figure or finding read and how far their bars go, from its French unit. */
export interface UnitScale {
  /** "40 %", "3,3 sur 5", "21". */
  format: (x: number | null) => string;
  /** The end of the bars' scale; null: the largest value shown. */
  max: number | null;
}

/**
 * The scale of a unit as `/published` words it (« pourcentage des répondants », « moyenne
 * d’une note de 0 à 5 », « médiane des notes de 1 à 5 (…) », « nombre de participants… »).
 */
export function unitScale(unit: string): UnitScale {
  if (unit.startsWith('pourcentage')) return { format: formatPercent, max: 100 };
  const mark = /notes? de \d+ à (\d+)/.exec(unit);
  if (mark) {
    const top = Number(mark[1]);
    return { format: (x) => (x === null ? '—' : `${formatNumber(x)} sur ${top}`), max: top };
  }
  if (unit.startsWith('nombre')) return { format: formatInteger, max: null };
  return { format: formatNumber, max: null };
}
