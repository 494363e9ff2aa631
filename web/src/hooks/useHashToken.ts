import { useEffect, useState } from 'react';
import { tokenFromHash } from '../remembered';

/** The private token in the address's fragment, followed as it changes (a link pasted over another). */
export function useHashToken(): string | null {
  const [token, setToken] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    const update = () => setToken(tokenFromHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return token;
}
