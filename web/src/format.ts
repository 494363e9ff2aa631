const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** "22 novembre 2026 à 10:00", as French readers expect. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
