import type { PolicyRules } from '../../platform/policy/policy';

export const networkPolicy = {
  /** Network administrators of a hub see and grow its member organizations. */
  'network.read': { roles: ['network_admin'], hubOnly: true },
  'network.manage': { roles: ['network_admin'], hubOnly: true },
} as const satisfies PolicyRules;
