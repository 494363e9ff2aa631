/** A figure as French readers write it: 1 234,5 (the benchmarks print for people, not parsers). */
export const fr = (x: number, digits = 0): string =>
  x.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
