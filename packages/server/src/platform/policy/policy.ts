import type { TRole } from '@musubi/shared';

/**
 * Who may perform one action inside an organization: the roles allowed, and
 * whether the organization must run a network (hub-only actions).
 */
export interface ActionRule {
  readonly roles: readonly TRole[];
  readonly hubOnly?: boolean;
}

/** A module's actions: `{ 'members.manage': { roles: ADMIN_ROLES } }`. */
export type PolicyRules = Readonly<Record<string, ActionRule>>;

/**
 * What a route needs. Every /api route declares one in `config.access`; the
 * app refuses to start when a route has none.
 * - public: anyone (health, setup, sign-in, invitation links)
 * - signed_in: any signed-in person, for their own account
 * - org: an action inside the organization named by the `:orgId` path parameter
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed_in' }
  | { readonly kind: 'org'; readonly action: string; readonly rule: ActionRule };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed_in' };

/** `orgAccess(peoplePolicy, 'members.manage')`, typed so a misspelt action fails to compile. */
export function orgAccess<R extends PolicyRules>(rules: R, action: keyof R & string): Access {
  return { kind: 'org', action, rule: rules[action] };
}

export interface MembershipFacts {
  role: TRole;
  isNetworkHub: boolean;
}

/** The single decision: may a person with this membership (or none) do this? */
export function isAllowed(membership: MembershipFacts | undefined, rule: ActionRule): boolean {
  if (!membership) return false;
  if (rule.hubOnly && !membership.isNetworkHub) return false;
  return rule.roles.includes(membership.role);
}
