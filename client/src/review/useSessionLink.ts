import { useCallback, useEffect, useState } from 'react';

const parameter = 'session';
const sessionInAddress = () => new URLSearchParams(window.location.search).get(parameter);

/** The address of a session open on the desk: `?session=<id>`, kept with the page's hash (the admin's tab). */
export const sessionHref = (sessionId: string | null): string => {
  const query = new URLSearchParams(window.location.search);
  if (sessionId) query.set(parameter, sessionId);
  else query.delete(parameter);
  const search = query.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
};

/**
 * The session open on the desk lives in the address, so a reload reopens it, a copied address opens it
 * for a colleague, and the browser's Back closes it again.
 */
export function useSessionLink(): { openId: string | null; open: (sessionId: string | null) => void } {
  const [openId, setOpenId] = useState<string | null>(sessionInAddress);
  useEffect(() => {
    const follow = () => setOpenId(sessionInAddress());
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  const open = useCallback((sessionId: string | null) => {
    if (sessionId === sessionInAddress()) return;
    window.history.pushState(null, '', sessionHref(sessionId));
    setOpenId(sessionId);
  }, []);
  return { openId, open };
}
