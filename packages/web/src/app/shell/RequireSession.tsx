import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useCurrentSession } from '../../features/auth/use-session';

/** Sends a signed-out visitor to sign-in, remembering where they wanted to go. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useCurrentSession();
  const location = useLocation();
  if (session.account) return children;
  const target = location.pathname + location.search;
  const search = target === '/' ? '' : `?${new URLSearchParams({ next: target })}`;
  return <Navigate to={`/sign-in${search}`} replace />;
}
