const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time of an instant in Paris, as numbers (month 1–12). */
export function parisWallClock(instant: string | Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(PARIS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const n = (type: string) => Number(parts[type]);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') };
}

const two = (n: number) => String(n).padStart(2, '0');

/** « 23/11/2026 14:32 »: an instant as French spreadsheets write it, in Paris time. */
export function parisDateTimeText(instant: string): string {
  const t = parisWallClock(instant);
  return `${two(t.day)}/${two(t.month)}/${t.year} ${two(t.hour)}:${two(t.minute)}`;
}

/**
 * A spreadsheet date cell showing the instant's Paris time: spreadsheets know no time zone
 * and show a date cell's clock as it is written, so the cell holds Paris's wall clock.
 */
export function parisDateCell(instant: string): Date {
  const t = parisWallClock(instant);
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
}
