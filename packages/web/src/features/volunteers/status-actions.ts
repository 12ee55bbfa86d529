import type { TChangeVolunteerStatusRequest, TVolunteerStatus } from '@musubi/shared';

export type TStatusAction = 'verify' | 'deactivate' | 'reactivate';

/** The status changes a coordinator is offered from each status (merged records take none). */
const ACTIONS: Record<TVolunteerStatus, readonly TStatusAction[]> = {
  applicant: ['verify'],
  active: ['deactivate'],
  inactive: ['reactivate'],
  lapsed: ['reactivate'],
  merged: [],
};

const TARGETS: Record<TStatusAction, TChangeVolunteerStatusRequest['status']> = {
  verify: 'active',
  deactivate: 'inactive',
  reactivate: 'active',
};

export function statusActions(status: TVolunteerStatus): readonly TStatusAction[] {
  return ACTIONS[status];
}

/** The status an action sets. */
export function statusTarget(action: TStatusAction): TChangeVolunteerStatusRequest['status'] {
  return TARGETS[action];
}
