import { useState } from 'react';

/** Asks for the administration token; it is kept for this tab only. */
export function TokenForm({ onToken }: { onToken: (token: string) => void }) {
  const [token, setToken] = useState('');
  return (
    <form
      className="admin-login"
      onSubmit={(e) => {
        e.preventDefault();
        onToken(token.trim());
      }}
    >
      <label htmlFor="jeton-admin">Jeton d’administration</label>
      <input id="jeton-admin" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
      <button type="submit">Entrer</button>
      <p className="hint">Le jeton est affiché une seule fois au premier démarrage du service, ou fixé par ADMIN_TOKEN.</p>
    </form>
  );
}
