const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

/** "22 novembre 2026". */
export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

/** "22 novembre 2026 à 10:00", as French readers expect, in Paris time whatever the browser's zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** French decimals: 2,5 — not 2.5; thousands with a narrow space. "—" when there is no value. */
export function formatNumber(x: number | null | undefined): string {
  return x === null || x === undefined || Number.isNaN(x) ? '—' : number.format(x);
}

export function formatInteger(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : integer.format(x);
}

export function formatPercent(x: number | null | undefined): string {
  return x === null || x === undefined ? '—' : `${integer.format(x)}\u00a0%`;
}

const pValue = new Intl.NumberFormat('fr-FR', { minimumSignificantDigits: 2, maximumSignificantDigits: 2 });

/** A p-value as statisticians print it: "p < 0,001", else two significant figures ("p = 0,0022", "p = 0,050"). */
export function formatPValue(p: number): string {
  return p < 0.001 ? 'p\u00a0<\u00a00,001' : `p\u00a0=\u00a0${pValue.format(p)}`;
}
