/** Lower case, accents removed, hyphens and apostrophes as spaces: "Saint-Martin-d’Hères" → "saint martin d heres". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
