import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { InvitationPage } from '../features/auth/InvitationPage';
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
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
