import { useEffect, useState } from 'react';
import { client, errorMessage, type AdminCampaign } from '../api';
import { adminHeaders, adminToken, setAdminToken } from '../admin-session';

/** The campaigns, or why they could not be read and whether the token itself was refused. */
async function loadCampaigns() {
  const res = await client.api.admin.campaigns.$get({}, adminHeaders());
  if (res.ok) return { campaigns: await res.json() };
  return { error: await errorMessage(res), refused: res.status === 401 || res.status === 403 };
}

/** The administrator's session in this tab and the campaigns it sees, loaded on logging in; a refused token logs out. */
export function useAdminSession() {
  const [logged, setLogged] = useState(() => Boolean(adminToken()));
  const [campaigns, setCampaigns] = useState<AdminCampaign[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!logged) return;
    let cancelled = false;
    void loadCampaigns().then((outcome) => {
      if (cancelled) return;
      setError(outcome.error ?? null);
      if (outcome.campaigns) setCampaigns(outcome.campaigns);
      if (outcome.refused) setLogged(false);
    });
    return () => {
      cancelled = true;
    };
  }, [logged]);

  const logIn = (token: string) => {
    setAdminToken(token);
    setLogged(true);
  };
  const logOut = () => {
    setAdminToken(null);
    setLogged(false);
  };
  return { logged, campaigns, error, setError, logIn, logOut };
}
