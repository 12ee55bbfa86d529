import { z } from 'zod';
import { ZCalendarDate, ZIsoDateTime, ZOptionalText, ZUuid } from './common.contract';

/**
 * Volunteer activity insurance (ボランティア活動保険, 志愿者保险, 자원봉사자 보험).
 * Cover starts at 00:00 on the day after enrollment and ends on the last day
 * of the organization's insurance policy year (Japan: 31 March; Korea: 30 April).
 */
export const ZInsurancePlan = z.object({
  id: ZUuid,
  name: z.string(),
  /** The insurer's code for the plan (e.g. 基本A). */
  code: z.string().nullable(),
  /** Covers earthquakes, eruptions and tsunami: disaster work needs such a plan. */
  coversNaturalDisaster: z.boolean(),
  /** Annual premium per person in the organization's currency, for the roster. */
  annualPremium: z.number().int().nullable(),
  archived: z.boolean(),
});
export type TInsurancePlan = z.infer<typeof ZInsurancePlan>;

export const ZCreateInsurancePlanRequest = z.object({
  name: z.string().trim().min(1).max(100),
  code: ZOptionalText(40),
  coversNaturalDisaster: z.boolean().default(false),
  annualPremium: z.number().int().min(0).max(10_000_000).nullable().optional(),
});
export type TCreateInsurancePlanRequest = z.input<typeof ZCreateInsurancePlanRequest>;

export const ZUpdateInsurancePlanRequest = z
  .object({
    name: z.string().trim().min(1).max(100),
    code: ZOptionalText(40),
    coversNaturalDisaster: z.boolean(),
    annualPremium: z.number().int().min(0).max(10_000_000).nullable(),
    archived: z.boolean(),
  })
  .partial()
  .strict();
export type TUpdateInsurancePlanRequest = z.infer<typeof ZUpdateInsurancePlanRequest>;

export const ZInsurancePlanParams = z.object({ orgId: ZUuid, planId: ZUuid });
export const ZInsurancePlanListResponse = z.object({ plans: z.array(ZInsurancePlan) });
export type TInsurancePlanListResponse = z.infer<typeof ZInsurancePlanListResponse>;

/** Enroll a volunteer in a plan; `enrolledOn` defaults to today in the organization's time zone. */
export const ZEnrollInsuranceRequest = z.object({ planId: ZUuid, enrolledOn: ZCalendarDate.optional() });
export type TEnrollInsuranceRequest = z.infer<typeof ZEnrollInsuranceRequest>;

export const ZInsuranceEnrollment = z.object({
  id: ZUuid,
  volunteerId: ZUuid,
  volunteerName: z.string(),
  volunteerNameReading: z.string().nullable(),
  birthDate: z.string().nullable(),
  planId: ZUuid,
  planName: z.string(),
  /** The policy year, labelled by the calendar year it starts in. */
  policyYear: z.number().int(),
  enrolledOn: ZCalendarDate,
  coverStartsOn: ZCalendarDate,
  coverEndsOn: ZCalendarDate,
  recordedByName: z.string().nullable(),
  createdAt: ZIsoDateTime,
});
export type TInsuranceEnrollment = z.infer<typeof ZInsuranceEnrollment>;

export const ZInsuranceRosterQuery = z.object({
  /** Defaults to the policy year containing today. */
  policyYear: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const ZInsuranceRosterResponse = z.object({
  policyYear: z.number().int(),
  start: ZCalendarDate,
  end: ZCalendarDate,
  enrollments: z.array(ZInsuranceEnrollment),
});
export type TInsuranceRosterResponse = z.infer<typeof ZInsuranceRosterResponse>;

/** Active volunteers covered this policy year but not yet enrolled for the next: to renew before the year ends. */
export const ZInsuranceRenewalsResponse = z.object({
  policyYear: z.number().int(),
  coverEndsOn: ZCalendarDate,
  volunteers: z.array(
    z.object({
      volunteerId: ZUuid,
      name: z.string(),
      nameReading: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      planNames: z.array(z.string()),
    }),
  ),
});
export type TInsuranceRenewalsResponse = z.infer<typeof ZInsuranceRenewalsResponse>;
