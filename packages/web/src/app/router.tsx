import { createBrowserRouter, Outlet } from 'react-router';
import { ApprovalPage } from '../features/attendance/ApprovalPage';
import { AttendanceSettingsPage } from '../features/attendance/AttendanceSettingsPage';
import { CheckInPage } from '../features/attendance/CheckInPage';
import { KioskPage } from '../features/attendance/KioskPage';
import { MyCodePage } from '../features/attendance/MyCodePage';
import { SitePosterPage } from '../features/attendance/SitePosterPage';
import { SiteScreenPage } from '../features/attendance/SiteScreenPage';
import { SiteSettingsPage } from '../features/attendance/SiteSettingsPage';
import { SitesPage } from '../features/attendance/SitesPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { PasswordResetPage } from '../features/auth/PasswordResetPage';
import { PasswordResetRequestPage } from '../features/auth/PasswordResetRequestPage';
import { SignInPage } from '../features/auth/SignInPage';
import { ServiceRecordPage } from '../features/certificates/ServiceRecordPage';
import { VerifyCertificatePage } from '../features/certificates/VerifyCertificatePage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DirectoryImportPage } from '../features/directory/DirectoryImportPage';
import { DirectoryOrganizationPage } from '../features/directory/DirectoryOrganizationPage';
import { DirectoryOrganizationsPage } from '../features/directory/DirectoryOrganizationsPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { EditDirectoryLocationPage, NewDirectoryLocationPage } from '../features/directory/LocationFormPage';
import {
  EditDirectoryOrganizationPage,
  NewDirectoryOrganizationPage,
} from '../features/directory/OrganizationFormPage';
import { EditDirectoryServicePage, NewDirectoryServicePage } from '../features/directory/ServiceFormPage';
import { InsurancePage } from '../features/insurance/InsurancePage';
import { BeneficiariesPage } from '../features/ledger/BeneficiariesPage';
import { LedgerAccountPage } from '../features/ledger/LedgerAccountPage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { LedgerRulesPage } from '../features/ledger/LedgerRulesPage';
import { MyPassbookPage } from '../features/ledger/MyPassbookPage';
import { ReconcilePage } from '../features/ledger/ReconcilePage';
import { MyProposalsPage } from '../features/matching/MyProposalsPage';
import { ProposalLinkPage } from '../features/matching/ProposalLinkPage';
import { NeedPage } from '../features/needs/NeedPage';
import { NeedsPage } from '../features/needs/NeedsPage';
import { NewNeedPage } from '../features/needs/NewNeedPage';
import { RecipientPage } from '../features/needs/RecipientPage';
import { RecipientsPage } from '../features/needs/RecipientsPage';
import { RequestPage } from '../features/needs/RequestPage';
import { NetworkPage } from '../features/network/NetworkPage';
import { ActivitiesPage } from '../features/opportunities/ActivitiesPage';
import { ActivityPage } from '../features/opportunities/ActivityPage';
import { CataloguePage } from '../features/opportunities/CataloguePage';
import { EditActivityPage } from '../features/opportunities/EditActivityPage';
import { MyShiftsPage } from '../features/opportunities/MyShiftsPage';
import { NewActivityPage } from '../features/opportunities/NewActivityPage';
import { PublicOrAppLayout } from '../features/opportunities/PublicOrAppLayout';
import { RosterPage } from '../features/opportunities/RosterPage';
import { SharePage } from '../features/opportunities/SharePage';
import { OrganizationPage } from '../features/organizations/OrganizationPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { ParticipationSettingsPage } from '../features/participation/ParticipationSettingsPage';
import { MembersPage } from '../features/people/MembersPage';
import { JoinPage } from '../features/registration/JoinPage';
import { MyVolunteeringPage } from '../features/registration/MyVolunteeringPage';
import { SetupPage } from '../features/setup/SetupPage';
import { DuplicatesPage } from '../features/volunteers/DuplicatesPage';
import { ImportVolunteersPage } from '../features/volunteers/ImportVolunteersPage';
import { LapsedVolunteersPage } from '../features/volunteers/LapsedVolunteersPage';
import { NewVolunteerPage } from '../features/volunteers/NewVolunteerPage';
import { VolunteerProfilePage } from '../features/volunteers/VolunteerProfilePage';
import { VolunteersPage } from '../features/volunteers/VolunteersPage';
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
          // An organization's public registration page: for newcomers and for people already signed in.
          { path: 'join/:orgId', element: <JoinPage /> },
          // An organization's public request page: anyone asks for help, for themselves or someone else.
          { path: 'request/:orgId', element: <RequestPage /> },
          // The answer page behind a request mailed to a volunteer: accept or decline without signing in.
          { path: 'proposals/:token', element: <ProposalLinkPage /> },
          // The page a certificate's QR code opens: is it genuine? (public, four languages).
          { path: 'verify/:number', element: <VerifyCertificatePage /> },
        ],
      },
      {
        // Open to everyone: the public frame signed out, the signed-in one (with navigation) otherwise.
        element: <PublicOrAppLayout />,
        children: [
          { path: 'catalogue', element: <CataloguePage /> },
          // An activity's share page, the address on posters and in messages.
          { path: 'a/:opportunityId', element: <SharePage /> },
        ],
      },
      {
        // A check-in site's screen and poster fill the window (and the page), without the app's frame.
        element: (
          <RequireSession>
            <Outlet />
          </RequireSession>
        ),
        children: [
          { path: 'attendance/sites/:opportunityId/screen', element: <SiteScreenPage /> },
          { path: 'attendance/sites/:opportunityId/poster', element: <SitePosterPage /> },
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
          // The pages below /volunteers check their own roles (RequireRoles): the registry matches exact paths.
          { path: 'volunteers', element: <VolunteersPage /> },
          { path: 'volunteers/new', element: <NewVolunteerPage /> },
          { path: 'volunteers/import', element: <ImportVolunteersPage /> },
          { path: 'volunteers/duplicates', element: <DuplicatesPage /> },
          { path: 'volunteers/lapsed', element: <LapsedVolunteersPage /> },
          { path: 'volunteers/:volunteerId', element: <VolunteerProfilePage /> },
          // The pages below /activities, and a shift's roster, check their own roles (RequireRoles).
          { path: 'activities', element: <ActivitiesPage /> },
          { path: 'activities/new', element: <NewActivityPage /> },
          { path: 'activities/:opportunityId', element: <ActivityPage /> },
          { path: 'activities/:opportunityId/edit', element: <EditActivityPage /> },
          { path: 'shifts/:shiftId', element: <RosterPage /> },
          { path: 'organization', element: <OrganizationPage /> },
          { path: 'network', element: <NetworkPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'outbox', element: <OutboxPage /> },
          // The person's own account: open to everyone signed in (PERSONAL_PATHS), not in the registry.
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: 'me/volunteering', element: <MyVolunteeringPage /> },
          { path: 'me/shifts', element: <MyShiftsPage /> },
          { path: 'me/proposals', element: <MyProposalsPage /> },
          { path: 'me/service-record', element: <ServiceRecordPage /> },
          { path: 'insurance', element: <InsurancePage /> },
          // The pages below /directory check their own roles (DirectoryReaders, DirectoryManagers).
          { path: 'directory', element: <DirectoryPage /> },
          { path: 'directory/organizations', element: <DirectoryOrganizationsPage /> },
          { path: 'directory/organizations/new', element: <NewDirectoryOrganizationPage /> },
          { path: 'directory/organizations/:directoryOrgId', element: <DirectoryOrganizationPage /> },
          { path: 'directory/organizations/:directoryOrgId/edit', element: <EditDirectoryOrganizationPage /> },
          { path: 'directory/organizations/:directoryOrgId/services/new', element: <NewDirectoryServicePage /> },
          { path: 'directory/organizations/:directoryOrgId/locations/new', element: <NewDirectoryLocationPage /> },
          { path: 'directory/services/:serviceId/edit', element: <EditDirectoryServicePage /> },
          { path: 'directory/locations/:locationId/edit', element: <EditDirectoryLocationPage /> },
          { path: 'directory/import', element: <DirectoryImportPage /> },
          // Needs and recipients: the pages below /needs and /recipients check their own roles (RequireRoles).
          { path: 'needs', element: <NeedsPage /> },
          { path: 'needs/new', element: <NewNeedPage /> },
          { path: 'needs/:needId', element: <NeedPage /> },
          { path: 'recipients', element: <RecipientsPage /> },
          { path: 'recipients/:recipientId', element: <RecipientPage /> },
          { path: 'participation-settings', element: <ParticipationSettingsPage /> },
          // Clocking in and out: the person's own pages (PERSONAL_PATHS), the kiosk, the approval queue and the sites.
          { path: 'check-in', element: <CheckInPage /> },
          { path: 'me/code', element: <MyCodePage /> },
          { path: 'kiosk', element: <KioskPage /> },
          { path: 'attendance', element: <ApprovalPage /> },
          { path: 'attendance/sites', element: <SitesPage /> },
          // The rules and a site's geofence and places check their own roles (RequireRoles).
          { path: 'attendance/sites/:opportunityId/settings', element: <SiteSettingsPage /> },
          { path: 'attendance/settings', element: <AttendanceSettingsPage /> },
          // Time credits: the coordinator's pages check their own roles; the passbook is the person's own (PERSONAL_PATHS).
          { path: 'ledger', element: <LedgerPage /> },
          { path: 'ledger/accounts/:accountId', element: <LedgerAccountPage /> },
          { path: 'ledger/rules', element: <LedgerRulesPage /> },
          { path: 'ledger/beneficiaries', element: <BeneficiariesPage /> },
          { path: 'ledger/reconcile', element: <ReconcilePage /> },
          { path: 'me/passbook', element: <MyPassbookPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
