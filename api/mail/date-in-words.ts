const PARIS = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: PARIS });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: PARIS });

/** « le 15 mars 2027 » (« le 1er mars 2027 »): the day of an instant in Paris, in words. */
export function dateInWords(instant: string | Date): string {
  const parts = dayFormat.formatToParts(new Date(instant));
  const text = parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
  return `le ${text}`;
}

/**
 * When a campaign closes, in words: « le 15 mars 2027 », with the hour when it is not
 * midnight in Paris (« le 15 mars 2027 à 18 h 30 »). Null when no closing date is set.
 */
export function closingInWords(closesAt: string | null): string | null {
  if (closesAt === null) return null;
  const [hour, minute] = timeFormat.format(new Date(closesAt)).split(':').map(Number) as [number, number];
  if (hour === 0 && minute === 0) return dateInWords(closesAt);
  return `${dateInWords(closesAt)} à ${hour}\u00a0h${minute === 0 ? '' : `\u00a0${String(minute).padStart(2, '0')}`}`;
}
