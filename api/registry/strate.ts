export const STRATES = ['moins_20k', '20k_100k', '100k_500k', '500k_1m', 'plus_1m'] as const;
export type Strate = (typeof STRATES)[number];

/** Population band of the profile block (`strate_population`), bounds as the instrument words them. */
export function strateOf(population: number): Strate {
  if (population < 20_000) return 'moins_20k';
  if (population < 100_000) return '20k_100k';
  if (population < 500_000) return '100k_500k';
  if (population < 1_000_000) return '500k_1m';
  return 'plus_1m';
}
