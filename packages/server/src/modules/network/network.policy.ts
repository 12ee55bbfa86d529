import { STAFF_ROLES } from '@musubi/shared';
import type { PolicyRules } from '../../platform/policy/policy';

export const networkPolicy = {
  /** Network administrators of a hub see and grow its member organizations. */
  'network.read': { roles: ['network_admin'], hubOnly: true },
  'network.manage': { roles: ['network_admin'], hubOnly: true },
  /** Staff of any organization of a network see the other organizations' names, to refer a case to them. */
  'network.peers.read': { roles: STAFF_ROLES },
} as const satisfies PolicyRules;
