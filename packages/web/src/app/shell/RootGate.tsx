import { Navigate, Outlet, useLocation } from 'react-router';
import { useAccountPreferences } from '../../features/auth/use-preferences';
import { useSession } from '../../features/auth/use-session';
import { useSetupStatus } from '../../features/setup/use-setup-status';
import { FullPageStatus } from './FullPageStatus';

/**
 * Waits for the setup status and the session before any page renders. Until the first
 * organization exists, every address leads to /setup; afterwards /setup leads home.
 */
export function RootGate() {
  const setup = useSetupStatus();
  const session = useSession();
  const { pathname } = useLocation();
  useAccountPreferences(session.data?.account);

  if (setup.isError) return <FullPageStatus error={setup.error} onRetry={() => void setup.refetch()} />;
  if (session.isError) return <FullPageStatus error={session.error} onRetry={() => void session.refetch()} />;
  if (setup.isPending || session.isPending) return <FullPageStatus />;

  const onSetup = pathname === '/setup';
  if (setup.data.needed && !onSetup) return <Navigate to="/setup" replace />;
  if (!setup.data.needed && onSetup) return <Navigate to="/" replace />;
  return <Outlet />;
}
