import { z } from 'zod';
import { ZIsoDateTime, ZOptionalText, ZUuid } from './common.contract';
import { ZActivityCategory } from './participation.contract';
import { ZVolunteerStatus } from './volunteers.contract';

/** confirmed → cancelled; waitlisted → confirmed (promoted) or cancelled. */
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const ZSignupStatus = z.enum(SIGNUP_STATUSES);
export type TSignupStatus = z.infer<typeof ZSignupStatus>;

/** Who made the sign-up: the person, or a coordinator assigning them. */
export const SIGNUP_SOURCES = ['self', 'coordinator'] as const;

/** Reasons a sign-up went through with a warning (the organization chose "warn", not "refuse"). */
export const SIGNUP_WARNINGS = ['not_insured', 'required_plan_missing'] as const;
export const ZSignupWarning = z.enum(SIGNUP_WARNINGS);

export const ZSignup = z.object({
  id: ZUuid,
  orgId: ZUuid,
  shiftId: ZUuid,
  roleId: ZUuid,
  roleName: z.string().nullable(),
  volunteerId: ZUuid,
  volunteerName: z.string(),
  status: ZSignupStatus,
  source: z.enum(SIGNUP_SOURCES),
  /** Place in the waitlist (1 = next), null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  cancelReason: z.string().nullable(),
  warnings: z.array(ZSignupWarning),
  createdAt: ZIsoDateTime,
});
export type TSignup = z.infer<typeof ZSignup>;

/** A person signs themselves up; the role defaults to the shift's first one with a free place. */
export const ZSelfSignupRequest = z.object({ roleId: ZUuid.optional() });
export type TSelfSignupRequest = z.infer<typeof ZSelfSignupRequest>;
export const ZSelfSignupParams = z.object({ shiftId: ZUuid });

/** A coordinator assigns one of the organization's volunteers. */
export const ZAssignSignupRequest = z.object({ volunteerId: ZUuid, roleId: ZUuid.optional() });
export type TAssignSignupRequest = z.infer<typeof ZAssignSignupRequest>;

export const ZSignupParams = z.object({ orgId: ZUuid, signupId: ZUuid });
export const ZMySignupParams = z.object({ signupId: ZUuid });
export const ZCancelSignupRequest = z.object({ reason: ZOptionalText(500) });
export type TCancelSignupRequest = z.infer<typeof ZCancelSignupRequest>;

/** The people on a shift, for the coordinator and the site leader. */
export const ZShiftRosterEntry = ZSignup.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(['email', 'phone', 'post']),
  volunteerStatus: ZVolunteerStatus,
});
export const ZShiftRosterResponse = z.object({ signups: z.array(ZShiftRosterEntry) });
export type TShiftRosterResponse = z.infer<typeof ZShiftRosterResponse>;

/** One of my shifts, across all organizations. */
export const ZMySignup = z.object({
  id: ZUuid,
  orgId: ZUuid,
  orgName: z.string(),
  opportunityId: ZUuid,
  title: z.string(),
  category: ZActivityCategory,
  address: z.string().nullable(),
  online: z.boolean(),
  shiftId: ZUuid,
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  roleName: z.string().nullable(),
  status: ZSignupStatus,
  waitlistPosition: z.number().int().nullable(),
  /** Until when I may cancel myself; later I call the organization. */
  cancellableUntil: ZIsoDateTime,
});
export type TMySignup = z.infer<typeof ZMySignup>;
export const ZMySignupsResponse = z.object({ upcoming: z.array(ZMySignup), past: z.array(ZMySignup) });
export type TMySignupsResponse = z.infer<typeof ZMySignupsResponse>;

/** My personal calendar feed (RFC 5545): a secret address calendar apps subscribe to. */
export const ZCalendarFeed = z.object({ url: z.string() });
export type TCalendarFeed = z.infer<typeof ZCalendarFeed>;
export const ZCalendarFeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });

// ---------------------------------------------------------------- long-term participation

/** A volunteer's participation: shifts done and hours (scheduled length until attendance is recorded). */
export const ZParticipationHistory = z.object({
  totalShifts: z.number().int(),
  totalHours: z.number(),
  milestonesReached: z.array(z.number().int()),
  nextMilestone: z.number().int().nullable(),
  lastActivityAt: ZIsoDateTime.nullable(),
  entries: z.array(
    z.object({
      signupId: ZUuid,
      title: z.string(),
      startsAt: ZIsoDateTime,
      hours: z.number(),
      roleName: z.string().nullable(),
    }),
  ),
});
export type TParticipationHistory = z.infer<typeof ZParticipationHistory>;

/** Active volunteers with no shift for the organization's lapse period, for a follow-up call. */
export const ZLapsedVolunteersResponse = z.object({
  since: ZIsoDateTime,
  volunteers: z.array(
    z.object({
      volunteerId: ZUuid,
      name: z.string(),
      nameReading: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      lastActivityAt: ZIsoDateTime.nullable(),
    }),
  ),
});
export type TLapsedVolunteersResponse = z.infer<typeof ZLapsedVolunteersResponse>;
