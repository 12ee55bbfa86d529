import { ROLES } from '@musubi/shared';
import { describe, expect, it } from 'vitest';
import { grantableRoles } from './roles';

describe('grantableRoles', () => {
  it('lets a network administrator manage every role', () => {
    expect(grantableRoles('network_admin')).toEqual(ROLES);
  });

  it('keeps network administrators out of an organization administrator’s reach', () => {
    const roles = grantableRoles('org_admin');
    expect(roles).not.toContain('network_admin');
    expect(roles).toContain('org_admin');
    expect(roles).toContain('volunteer');
  });

  it('offers nothing to people who do not administer', () => {
    for (const role of ['coordinator', 'staff', 'volunteer', 'member', 'partner'] as const) {
      expect(grantableRoles(role)).toEqual([]);
    }
  });
});
