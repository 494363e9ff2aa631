/** One line of an invitation list: who, and the addresses to write to (none: a link to copy). */
export type ParsedLine = { ok: true; who: string; emails: string[] } | { ok: false; reason: string };

/** An address as people type them: something@domain.tld, without spaces, commas or angle brackets. */
const EMAIL = /^[^\s@,;<>"()[\]]+@[^\s@,;<>"()[\]]+\.[^\s@,;<>"()[\]]+$/;
const MAX_EMAILS = 20;

/**
 * Reads `<collectivity>;<e-mail>[, <e-mail>…]`: the collectivity (name, official code or
 * registry key) before the first semicolon, then addresses separated by commas, semicolons
 * or spaces. A line without a semicolon names the collectivity only.
 */
export function parseInvitationLine(line: string): ParsedLine {
  const cut = line.indexOf(';');
  const who = (cut === -1 ? line : line.slice(0, cut)).trim();
  const rest = cut === -1 ? '' : line.slice(cut + 1);
  const emails: string[] = [];
  for (const address of rest.split(/[\s,;]+/).filter(Boolean)) {
    if (!EMAIL.test(address)) return { ok: false, reason: `Adresse électronique invalide\u202f: «\u202f${address}\u202f».` };
    if (!emails.some((e) => e.toLowerCase() === address.toLowerCase())) emails.push(address);
  }
  if (emails.length > MAX_EMAILS) return { ok: false, reason: `Au plus ${MAX_EMAILS} adresses par collectivité.` };
  return { ok: true, who, emails };
}
