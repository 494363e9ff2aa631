/** The administrator's token for this browser tab only (sessionStorage): closed with the tab. */
const KEY = 'aict.admin';

export function adminToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setAdminToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export function adminHeaders(): { headers: Record<string, string> } {
  return { headers: { Authorization: `Bearer ${adminToken() ?? ''}` } };
}

/** Saves a Blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
