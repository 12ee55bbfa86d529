import { ADMIN_ROLES, ROLES, STAFF_ROLES, type TRole, type TSessionMembership } from '@musubi/shared';
import {
  type Icon,
  IconAddressBook,
  IconAdjustments,
  IconAffiliate,
  IconBook,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCertificate,
  IconClockCheck,
  IconCoins,
  IconDeviceTablet,
  IconHeartHandshake,
  IconHistory,
  IconHome,
  IconMail,
  IconMailHeart,
  IconMapSearch,
  IconQrcode,
  IconShieldCheck,
  IconUserHeart,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { matchPath } from 'react-router';
import type { MessageKey } from '../messages';

/** One page in the main navigation, and who may open it. */
export interface NavItem {
  /** Stable name, also the `nav-<id>` test id. */
  id: string;
  path: string;
  labelKey: MessageKey;
  icon: Icon;
  /** Roles in the active organization that may open the page. */
  roles: readonly TRole[];
  /** A further condition on the active membership (for example: the organization runs a network). */
  when?: (membership: TSessionMembership) => boolean;
}

/**
 * The navigation registry: a new feature adds its page here, and the shell both lists it
 * for the roles given and refuses it to the others.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', path: '/', labelKey: 'nav.dashboard', icon: IconHome, roles: ROLES },
  { id: 'members', path: '/members', labelKey: 'nav.members', icon: IconUsers, roles: STAFF_ROLES },
  // Requests (needs) and the people helped: taken and followed by the office's staff.
  { id: 'needs', path: '/needs', labelKey: 'nav.needs', icon: IconHeartHandshake, roles: STAFF_ROLES },
  { id: 'recipients', path: '/recipients', labelKey: 'nav.recipients', icon: IconUsersGroup, roles: STAFF_ROLES },
  { id: 'volunteers', path: '/volunteers', labelKey: 'nav.volunteers', icon: IconUserHeart, roles: STAFF_ROLES },
  // Requests coordinators sent the person: listed for volunteers, open to anyone signed in (PERSONAL_PATHS).
  {
    id: 'my-proposals',
    path: '/me/proposals',
    labelKey: 'nav.my_proposals',
    icon: IconMailHeart,
    roles: ['volunteer'],
  },
  // Clocking in and out by QR code: anyone may check in for themselves (PERSONAL_PATHS); listed for volunteers.
  { id: 'check-in', path: '/check-in', labelKey: 'nav.check_in', icon: IconQrcode, roles: ['volunteer', 'member'] },
  // The person's lifetime service record, levels and certificates: listed for volunteers, open to anyone (PERSONAL_PATHS).
  {
    id: 'service-record',
    path: '/me/service-record',
    labelKey: 'nav.service_record',
    icon: IconCertificate,
    roles: ['volunteer', 'member'],
  },
  // The approval queue and a site's kiosk: the office's staff (coordinators decide, the others look and scan).
  { id: 'attendance', path: '/attendance', labelKey: 'nav.attendance', icon: IconClockCheck, roles: STAFF_ROLES },
  { id: 'kiosk', path: '/kiosk', labelKey: 'nav.kiosk', icon: IconDeviceTablet, roles: STAFF_ROLES },
  // Time credits: the office keeps the accounts; each person reads their own passbook (PERSONAL_PATHS).
  { id: 'ledger', path: '/ledger', labelKey: 'nav.ledger', icon: IconCoins, roles: STAFF_ROLES },
  {
    id: 'my-passbook',
    path: '/me/passbook',
    labelKey: 'nav.my_passbook',
    icon: IconBook,
    roles: ['volunteer', 'member'],
  },
  // Partners post activities too (the roster of people stays with staff).
  {
    id: 'activities',
    path: '/activities',
    labelKey: 'nav.activities',
    icon: IconCalendarEvent,
    roles: [...STAFF_ROLES, 'partner'],
  },
  // The public catalogue, for everyone (it also opens signed out, outside this registry's checks).
  { id: 'catalogue', path: '/catalogue', labelKey: 'nav.catalogue', icon: IconMapSearch, roles: ROLES },
  { id: 'insurance', path: '/insurance', labelKey: 'nav.insurance', icon: IconShieldCheck, roles: STAFF_ROLES },
  // Staff and partners find where to refer someone; coordinators keep the directory there.
  {
    id: 'directory',
    path: '/directory',
    labelKey: 'nav.directory',
    icon: IconAddressBook,
    roles: [...STAFF_ROLES, 'partner'],
  },
  // Every member may read the organization's profile; administrators edit it there.
  {
    id: 'organization',
    path: '/organization',
    labelKey: 'nav.organization',
    icon: IconBuildingCommunity,
    roles: ROLES,
  },
  // Staff read the participation rules; administrators change them there.
  {
    id: 'participation-settings',
    path: '/participation-settings',
    labelKey: 'nav.participation_settings',
    icon: IconAdjustments,
    roles: STAFF_ROLES,
  },
  {
    id: 'network',
    path: '/network',
    labelKey: 'nav.network',
    icon: IconAffiliate,
    roles: ['network_admin'],
    when: (membership) => membership.isNetworkHub,
  },
  { id: 'audit', path: '/audit', labelKey: 'nav.audit', icon: IconHistory, roles: ADMIN_ROLES },
  { id: 'outbox', path: '/outbox', labelKey: 'nav.outbox', icon: IconMail, roles: ADMIN_ROLES },
];

/**
 * Pages about the signed-in person themselves (their password, their own volunteer records):
 * outside the registry, open to every role, and even to someone who belongs to no organization
 * at the moment.
 */
export const PERSONAL_PATHS = {
  changePassword: '/account/password',
  myVolunteering: '/me/volunteering',
  myShifts: '/me/shifts',
  myProposals: '/me/proposals',
  checkIn: '/check-in',
  myCode: '/me/code',
  myServiceRecord: '/me/service-record',
  myPassbook: '/me/passbook',
} as const;

export function isPersonalPage(pathname: string): boolean {
  return Object.values(PERSONAL_PATHS).some((path) => matchPath({ path, end: true }, pathname));
}

export function canOpen(item: NavItem, membership: TSessionMembership | undefined): boolean {
  if (!membership || !item.roles.includes(membership.role)) return false;
  return item.when ? item.when(membership) : true;
}

/** The registry entry of a location, if the location is one of its pages. */
export function navItemAt(pathname: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => matchPath({ path: item.path, end: true }, pathname));
}
