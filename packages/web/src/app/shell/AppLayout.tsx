import { AppShell, Divider, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useActiveMembership } from '../../features/auth/use-session';
import { AccessDeniedPage } from './AccessDeniedPage';
import { AccountControls } from './AccountControls';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { NoMembershipPage } from './NoMembershipPage';
import { canOpen, isPersonalPage, navItemAt } from './nav-items';
import { PreferenceControls } from './PreferenceControls';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useWideScreen } from './use-wide-screen';

/** The frame of every signed-in page: header, navigation and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();
  const membership = useActiveMembership();
  const mainRef = useRef<HTMLElement>(null);
  const preferencesInHeader = useWideScreen('sm');
  // The account controls (organization switcher, name, personal links, sign-out) need the widest screens.
  const accountInHeader = useWideScreen('xl');

  // After moving to another page, close the mobile menu and take focus to the new page,
  // as a full page load would, so screen readers start reading it from the top.
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    nav.close();
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, nav]);

  const item = navItemAt(pathname);
  const personal = isPersonalPage(pathname);
  let page = <Outlet />;
  if (!membership && !personal) page = <NoMembershipPage />;
  // A personal page may also be listed for some roles (a volunteer's requests); it opens for everyone signed in.
  else if (item && !personal && !canOpen(item, membership)) page = <AccessDeniedPage />;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <AppHeader
          navOpened={navOpened}
          onToggleNav={nav.toggle}
          withPreferences={preferencesInHeader}
          withAccount={accountInHeader}
        />
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" aria-label={t('nav.main_navigation')} p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu />
        </AppShell.Section>
        {!(preferencesInHeader && accountInHeader) && (
          <AppShell.Section>
            <Divider my="sm" />
            <Stack gap="sm">
              {!preferencesInHeader && <PreferenceControls />}
              {!accountInHeader && <AccountControls />}
            </Stack>
          </AppShell.Section>
        )}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} ref={mainRef}>
        {page}
      </AppShell.Main>
    </AppShell>
  );
}
