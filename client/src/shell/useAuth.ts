import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../protocol/roles.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';

export type AuthState = { kind: 'checking' } | { kind: 'signedOut'; notice: 'expired' | null } | { kind: 'signedIn'; user: PublicUser };

export interface Auth {
  state: AuthState;
  login: (username: string, password: string) => Promise<LabError | null>;
  logout: () => Promise<void>;
  recheck: () => void;
  /** The user as the server answered a password change (a new cookie came with it). */
  passwordChanged: (user: PublicUser) => void;
}

/** Who is signed in: the httpOnly cookie is invisible to scripts, so the server is asked. */
export function useAuth(): Auth {
  const [state, setState] = useState<AuthState>({ kind: 'checking' });

  const recheck = useCallback(() => {
    void callApi('GET /api/auth/me').then((result) => {
      setState((previous) => {
        if (result.ok && result.data) return { kind: 'signedIn', user: result.data };
        return { kind: 'signedOut', notice: previous.kind === 'signedIn' ? 'expired' : null };
      });
    });
  }, []);

  useEffect(recheck, [recheck]);

  const login = useCallback(async (username: string, password: string) => {
    const result = await callApi('POST /api/auth/login', { body: { username, password } });
    if (!result.ok) return result.error;
    setState({ kind: 'signedIn', user: result.data });
    return null;
  }, []);

  const logout = useCallback(async () => {
    await callApi('POST /api/auth/logout', { body: null });
    setState({ kind: 'signedOut', notice: null });
  }, []);

  const passwordChanged = useCallback((user: PublicUser) => setState({ kind: 'signedIn', user }), []);

  return { state, login, logout, recheck, passwordChanged };
}
