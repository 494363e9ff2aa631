import { parisWallClock } from '../../../../api/exports/paris-time';

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` input shows it: Paris's wall clock, « 2027-03-15T00:00 ». */
export function toParisInput(iso: string | null): string {
  if (!iso) return '';
  const t = parisWallClock(iso);
  return `${t.year}-${two(t.month)}-${two(t.day)}T${two(t.hour)}:${two(t.minute)}`;
}

/**
 * The instant a `datetime-local` value means in Paris, as ISO text in UTC; null for an empty
 * input. Paris's offset (one or two hours) is found from the clock itself: read the guess's
 * Paris time, take the gap, and check once more across a change of hour.
 */
export function fromParisInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const t = parisWallClock(new Date(instant));
    return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - instant;
  };
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant).toISOString();
}

const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** « 23 novembre 2026 à 14 h 32 » (« 1er mars »): an instant in words, in Paris time. */
export function whenInWords(iso: string): string {
  const text = day
    .formatToParts(new Date(iso))
    .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
  const t = parisWallClock(iso);
  return `${text} à ${t.hour}\u00a0h\u00a0${two(t.minute)}`;
}
