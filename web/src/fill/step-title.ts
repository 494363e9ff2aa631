/**
 * A page's title as the step heading shows it after « Étape 2 sur 7 — »: without the
 * « Étape 1 — » some instruments' page titles start with (the self-diagnosis numbers its
 * five steps itself), which would read « Étape 2 sur 7 — Étape 1 — … ».
 */
export function stepTitle(pageTitle: string): string {
  return pageTitle.replace(/^\s*Étape\s+\d+\s*[—–-]\s*/u, '');
}
