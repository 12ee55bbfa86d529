import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { PasswordResetPage } from '../features/auth/PasswordResetPage';
import { PasswordResetRequestPage } from '../features/auth/PasswordResetRequestPage';
import { SignInPage } from '../features/auth/SignInPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { NetworkPage } from '../features/network/NetworkPage';
import { OrganizationPage } from '../features/organizations/OrganizationPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { MembersPage } from '../features/people/MembersPage';
import { SetupPage } from '../features/setup/SetupPage';
import { AppLayout } from './shell/AppLayout';
import { NotFoundPage } from './shell/NotFoundPage';
import { PublicLayout } from './shell/PublicLayout';
import { RequireSession } from './shell/RequireSession';
import { RootGate } from './shell/RootGate';

/**
 * Every route. Signed-in pages sit under AppLayout, which also checks the page's
 * entry in the navigation registry (shell/nav-items.ts) against the active role.
 */
export const router = createBrowserRouter([
  {
    element: <RootGate />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'setup', element: <SetupPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'invitations/:token', element: <InvitationPage /> },
          { path: 'password-reset', element: <PasswordResetRequestPage /> },
          { path: 'password-reset/:token', element: <PasswordResetPage /> },
        ],
      },
      {
        element: (
          <RequireSession>
            <AppLayout />
          </RequireSession>
        ),
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'members', element: <MembersPage /> },
          { path: 'organization', element: <OrganizationPage /> },
          { path: 'network', element: <NetworkPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'outbox', element: <OutboxPage /> },
          // The person's own account: open to everyone signed in (PERSONAL_PATHS), not in the registry.
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
