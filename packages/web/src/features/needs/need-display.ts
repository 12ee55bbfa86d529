import type { MantineColor } from '@mantine/core';
import { legalNeedTransitions, type TNeedStatus, type TNeedUrgency } from '@musubi/shared';

const STATUS_COLORS: Record<TNeedStatus, MantineColor> = {
  new: 'red',
  assessing: 'orange',
  matching: 'yellow',
  proposed: 'grape',
  confirmed: 'blue',
  in_progress: 'cyan',
  completed: 'teal',
  followed_up: 'green',
  closed: 'gray',
};

export function needStatusColor(status: TNeedStatus): MantineColor {
  return STATUS_COLORS[status];
}

const URGENCY_COLORS: Record<TNeedUrgency, MantineColor> = {
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
};

export function urgencyColor(urgency: TNeedUrgency): MantineColor {
  return URGENCY_COLORS[urgency];
}

/** The order of a forward step before steps back, and closing last, for the buttons. */
const STAGE_ORDER: readonly TNeedStatus[] = [
  'new',
  'assessing',
  'matching',
  'proposed',
  'confirmed',
  'in_progress',
  'completed',
  'followed_up',
  'closed',
];

export interface StageStep {
  to: TNeedStatus;
  /** A step back to an earlier stage (drawn quieter than a step forward). */
  back: boolean;
}

/**
 * The stages a coordinator may move a case to now, from the shared transition map: forward
 * steps first (nearest first), then steps back, then closing.
 */
export function stageSteps(from: TNeedStatus): StageStep[] {
  const here = STAGE_ORDER.indexOf(from);
  const steps = legalNeedTransitions(from).map((to) => ({ to, back: STAGE_ORDER.indexOf(to) < here }));
  const rank = (step: StageStep) => (step.to === 'closed' ? 2 : step.back ? 1 : 0);
  return steps.sort((a, b) => rank(a) - rank(b) || STAGE_ORDER.indexOf(a.to) - STAGE_ORDER.indexOf(b.to));
}

/** The case is met when a follow-up answer may be recorded (which moves it to followed up). */
export function canRecordFollowUp(status: TNeedStatus): boolean {
  return status === 'completed' || status === 'followed_up';
}

/** A person's age on a day (birthdays count from the date itself). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
