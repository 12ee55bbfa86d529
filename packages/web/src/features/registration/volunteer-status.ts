import type { MantineColor } from '@mantine/core';
import type { TVolunteerStatus } from '@musubi/shared';

/** The dot beside a volunteer status word (the word carries the meaning). */
export const VOLUNTEER_STATUS_COLORS: Record<TVolunteerStatus, MantineColor> = {
  applicant: 'yellow',
  active: 'green',
  inactive: 'gray',
  lapsed: 'orange',
  merged: 'gray',
};
