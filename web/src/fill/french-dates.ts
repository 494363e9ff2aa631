import { formatDate } from '../format';

const clock = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' });

/** The time of day as French writes it, in Paris: "14 h 32", "9 h 05" (no-break spaces around the h). */
export function formatClockTime(date: Date): string {
  const parts = clock.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}\u00a0h\u00a0${part('minute')}`;
}

/**
 * The last day answers are taken, for "jusqu’au …": a campaign closing at midnight (Paris)
 * closes at the start of that day, so its last day is the one before.
 */
export function formatLastDay(closesAt: string): string {
  return formatDate(new Date(new Date(closesAt).getTime() - 1).toISOString());
}
