import { z } from 'zod';
import {
  ZCalendarDate,
  ZEmail,
  ZIsoDateTime,
  ZNameReading,
  ZOptionalText,
  ZPersonName,
  ZPhone,
  ZPostalCode,
  ZUuid,
} from './common.contract';
import { ZLanguage } from './participation.contract';

/**
 * Needs (依頼 / 需求 / 의뢰; "requests" in the English interface) and the case
 * that follows each one: intake by a coordinator or a public form, recipients
 * (the people helped), the lifecycle, revisions, contacts, resource lines and
 * follow-up. Each listed value is translated as `needs.<list>_<value>`.
 */

// ---------------------------------------------------------------- vocabulary

/** What kind of help is asked for. */
export const NEED_KINDS = [
  'household_help',
  'shopping',
  'transport_escort',
  'visit_conversation',
  'care_support',
  'event_help',
  'disaster_cleanup',
  'other',
] as const;
export const ZNeedKind = z.enum(NEED_KINDS);
export type TNeedKind = z.infer<typeof ZNeedKind>;

/** How the need reached the organization. `public_form` is the public request page only. */
export const NEED_CHANNELS = ['phone', 'walk_in', 'fax_paper', 'partner_referral', 'email', 'public_form'] as const;
export const ZNeedChannel = z.enum(NEED_CHANNELS);
export type TNeedChannel = z.infer<typeof ZNeedChannel>;
/** Channels a coordinator records a need through (the public form records its own). */
export const ZIntakeChannel = z.enum(['phone', 'walk_in', 'fax_paper', 'partner_referral', 'email']);

export const NEED_URGENCIES = ['low', 'normal', 'high', 'urgent'] as const;
export const ZNeedUrgency = z.enum(NEED_URGENCIES);
export type TNeedUrgency = z.infer<typeof ZNeedUrgency>;

export const HELPER_GENDERS = ['any', 'female', 'male'] as const;
export const ZHelperGender = z.enum(HELPER_GENDERS);

/** Who the requester is to the recipient. */
export const REQUESTER_RELATIONS = [
  'self',
  'family',
  'neighbour',
  'welfare_commissioner',
  'care_professional',
  'facility',
  'partner_organization',
  'other',
] as const;
export const ZRequesterRelation = z.enum(REQUESTER_RELATIONS);

/**
 * The case lifecycle. `closed` always carries a closure reason; the other
 * states are open.
 */
export const NEED_STATUSES = [
  'new',
  'assessing',
  'matching',
  'proposed',
  'confirmed',
  'in_progress',
  'completed',
  'followed_up',
  'closed',
] as const;
export const ZNeedStatus = z.enum(NEED_STATUSES);
export type TNeedStatus = z.infer<typeof ZNeedStatus>;

export const NEED_CLOSURE_REASONS = ['fulfilled', 'partly', 'unfulfilled', 'withdrawn', 'referred_elsewhere'] as const;
export const ZNeedClosureReason = z.enum(NEED_CLOSURE_REASONS);
export type TNeedClosureReason = z.infer<typeof ZNeedClosureReason>;

/**
 * The transitions a coordinator may make, from each state. Besides the way
 * forward there are steps back: proposed → matching when every proposal is
 * declined, confirmed or in_progress → matching when a volunteer drops out,
 * matching → assessing when the situation needs a new look, completed →
 * in_progress when the work turns out unfinished. Every open state can be
 * closed with a reason; closed is final (a new need is recorded instead).
 *
 * completed → followed_up is not in this map: it happens by itself when the
 * first follow-up answer is recorded (POST …/needs/:needId/follow-ups).
 */
export const NEED_TRANSITIONS: Readonly<Record<TNeedStatus, readonly TNeedStatus[]>> = {
  new: ['assessing', 'matching', 'closed'],
  assessing: ['matching', 'closed'],
  matching: ['assessing', 'proposed', 'confirmed', 'closed'],
  proposed: ['matching', 'confirmed', 'closed'],
  confirmed: ['matching', 'in_progress', 'completed', 'closed'],
  in_progress: ['matching', 'completed', 'closed'],
  completed: ['in_progress', 'closed'],
  followed_up: ['closed'],
  closed: [],
};

/** The states a coordinator may move a need to from `from` (for buttons: show only these). */
export function legalNeedTransitions(from: TNeedStatus): readonly TNeedStatus[] {
  return NEED_TRANSITIONS[from];
}

export function isLegalNeedTransition(from: TNeedStatus, to: TNeedStatus): boolean {
  return NEED_TRANSITIONS[from].includes(to);
}

/** States in which the case is still open (everything but closed). */
export const OPEN_NEED_STATUSES = NEED_STATUSES.filter((status) => status !== 'closed');

// ---------------------------------------------------------------- consent and sensitive notes

/** What a recipient agreed to: keeping their record, keeping sensitive notes, passing details on a referral. */
export const RECIPIENT_CONSENT_PURPOSES = ['record_keeping', 'sensitive_data', 'referral_sharing'] as const;
export const ZRecipientConsentPurpose = z.enum(RECIPIENT_CONSENT_PURPOSES);

/** How consent was obtained: face to face, on the phone, on paper, or through someone (a relative, a commissioner). */
export const CONSENT_METHODS = ['in_person', 'phone', 'written', 'through_someone'] as const;
export const ZConsentMethod = z.enum(CONSENT_METHODS);
export type TConsentMethod = z.infer<typeof ZConsentMethod>;

export const SENSITIVE_NOTE_CATEGORIES = ['health', 'family', 'other'] as const;
export const ZSensitiveNoteCategory = z.enum(SENSITIVE_NOTE_CATEGORIES);

/** A sensitive note as written (health, family situation). Read only through its own audited endpoint. */
export const ZCreateSensitiveNoteRequest = z.object({
  category: ZSensitiveNoteCategory,
  body: z.string().trim().min(1).max(5000),
});
export type TCreateSensitiveNoteRequest = z.infer<typeof ZCreateSensitiveNoteRequest>;

export const ZSensitiveNote = z.object({
  id: ZUuid,
  category: ZSensitiveNoteCategory,
  body: z.string(),
  writtenByName: z.string().nullable(),
  writtenAt: ZIsoDateTime,
});
export type TSensitiveNote = z.infer<typeof ZSensitiveNote>;
export const ZSensitiveNoteListResponse = z.object({ notes: z.array(ZSensitiveNote) });
export type TSensitiveNoteListResponse = z.infer<typeof ZSensitiveNoteListResponse>;
/** What the writer gets back: the note is stored, its content is not echoed (staff may write but not read). */
export const ZSensitiveNoteReceipt = ZSensitiveNote.omit({ body: true });
export type TSensitiveNoteReceipt = z.infer<typeof ZSensitiveNoteReceipt>;

// ---------------------------------------------------------------- recipients

const ZPoint = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

const ZPastDate = ZCalendarDate.refine(
  (value) => value <= new Date().toISOString().slice(0, 10) && value >= `${new Date().getUTCFullYear() - 120}`,
  { message: 'validation.birth_date' },
);

/** A recipient's record fields. No national ID numbers, ever. */
const recipientFieldShape = {
  name: ZPersonName,
  nameReading: ZNameReading.nullable(),
  birthDate: ZPastDate.nullable(),
  phone: ZPhone.nullable(),
  email: ZEmail.nullable(),
  postalCode: ZPostalCode.nullable(),
  address: ZOptionalText(300),
  /** The district (地区, 街道, 동). */
  area: ZOptionalText(100),
  location: ZPoint.nullable(),
  languages: z.array(ZLanguage).max(20),
  /** Ordinary notes (how to reach them, the doorbell does not work). Health and family go in sensitive notes. */
  notes: ZOptionalText(2000),
};

export const ZRecipientConsentInput = z.object({
  purpose: ZRecipientConsentPurpose,
  granted: z.boolean(),
  method: ZConsentMethod,
  /** Through whom, or what was said (e.g. "daughter, by phone"). */
  note: ZOptionalText(200),
});
export type TRecipientConsentInput = z.infer<typeof ZRecipientConsentInput>;

export const ZCreateRecipientRequest = z.object({
  ...recipientFieldShape,
  nameReading: recipientFieldShape.nameReading.optional(),
  birthDate: recipientFieldShape.birthDate.optional(),
  phone: recipientFieldShape.phone.optional(),
  email: recipientFieldShape.email.optional(),
  postalCode: recipientFieldShape.postalCode.optional(),
  location: recipientFieldShape.location.optional(),
  languages: recipientFieldShape.languages.default([]),
  consents: z.array(ZRecipientConsentInput).max(10).default([]),
});
export type TCreateRecipientRequest = z.input<typeof ZCreateRecipientRequest>;

export const ZUpdateRecipientRequest = z.object(recipientFieldShape).partial().strict();
export type TUpdateRecipientRequest = z.infer<typeof ZUpdateRecipientRequest>;

export const ZRecipientConsent = z.object({
  purpose: ZRecipientConsentPurpose,
  granted: z.boolean(),
  method: ZConsentMethod,
  note: z.string().nullable(),
  wordingVersion: z.string(),
  recordedAt: ZIsoDateTime,
  recordedByName: z.string().nullable(),
});
export type TRecipientConsent = z.infer<typeof ZRecipientConsent>;

export const ZRecipient = z.object({
  id: ZUuid,
  orgId: ZUuid,
  name: z.string(),
  nameReading: z.string().nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  area: z.string().nullable(),
  location: ZPoint.nullable(),
  languages: z.array(ZLanguage),
  notes: z.string().nullable(),
  /** The latest answer per purpose. */
  consents: z.array(ZRecipientConsent),
  /** Every answer ever recorded, newest first (consents are append-only evidence). */
  consentHistory: z.array(ZRecipientConsent),
  /** How many sensitive notes exist; their content is read through the sensitive-notes endpoint. */
  sensitiveNoteCount: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TRecipient = z.infer<typeof ZRecipient>;

export const ZRecipientSummary = z.object({
  id: ZUuid,
  name: z.string(),
  nameReading: z.string().nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  area: z.string().nullable(),
  openNeedCount: z.number().int(),
  needCount: z.number().int(),
  createdAt: ZIsoDateTime,
});
export type TRecipientSummary = z.infer<typeof ZRecipientSummary>;

export const ZRecipientParams = z.object({ orgId: ZUuid, recipientId: ZUuid });
export const ZRecipientListQuery = z.object({
  /** Name, reading (any kana), phone digits or e-mail. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: ZUuid.optional(),
});
export type TRecipientListQuery = z.infer<typeof ZRecipientListQuery>;
export const ZRecipientListResponse = z.object({
  recipients: z.array(ZRecipientSummary),
  nextCursor: ZUuid.nullable(),
});
export type TRecipientListResponse = z.infer<typeof ZRecipientListResponse>;

// ---------------------------------------------------------------- need fields

const ZTimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time_of_day' });

/**
 * A preferred time: on a date, or on a weekday (1 = Monday … 7 = Sunday),
 * between two wall-clock times in the organization's time zone.
 */
export const ZNeedTimeWindow = z
  .object({
    date: ZCalendarDate.nullable().optional(),
    weekday: z.number().int().min(1).max(7).nullable().optional(),
    start: ZTimeOfDay,
    end: ZTimeOfDay,
  })
  .refine((w) => (w.date == null) !== (w.weekday == null), { message: 'validation.time_window_day', path: ['date'] })
  .refine((w) => w.start < w.end, { message: 'validation.time_range', path: ['end'] })
  .transform((w) => ({ date: w.date ?? null, weekday: w.weekday ?? null, start: w.start, end: w.end }));
export type TNeedTimeWindow = z.output<typeof ZNeedTimeWindow>;

/** Help that repeats (every Tuesday, twice a month): an RFC 5545 rule in the organization's time zone. */
export const ZNeedRRule = z
  .string()
  .trim()
  .max(500)
  .regex(/^(RRULE:)?FREQ=(DAILY|WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+\-:]+)*$/, { message: 'validation.rrule' });

/**
 * The fields of a need that a coordinator edits; every change is kept as a
 * revision. Sensitive notes are never among them (they have their own table).
 */
const needFieldShape = {
  kind: ZNeedKind,
  title: z.string().trim().min(1).max(200),
  description: ZOptionalText(5000),
  /** Who asked (may differ from the person helped). */
  requesterName: ZOptionalText(100),
  requesterRelation: ZRequesterRelation.nullable(),
  requesterPhone: ZPhone.nullable(),
  requesterEmail: ZEmail.nullable(),
  /** The person helped as the requester named them, when no recipient record is linked (yet). */
  recipientName: ZOptionalText(100),
  online: z.boolean(),
  postalCode: ZPostalCode.nullable(),
  address: ZOptionalText(300),
  area: ZOptionalText(100),
  location: ZPoint.nullable(),
  timeWindows: z.array(ZNeedTimeWindow).max(20),
  rrule: ZNeedRRule.nullable(),
  /** How many helpers are needed. */
  headcount: z.number().int().min(1).max(100),
  /** Skills and qualifications of the organization's taxonomy the helpers need. */
  skillIds: z.array(ZUuid).max(20),
  /** Languages the helpers should speak. */
  languages: z.array(ZLanguage).max(10),
  helperGender: ZHelperGender,
  preferenceNote: ZOptionalText(1000),
  urgency: ZNeedUrgency,
  /** Who pays what (out-of-pocket costs, transport): the requester pays expenses in Japan. */
  costNote: ZOptionalText(1000),
  /** The coordinator in charge (a staff member of the organization). */
  coordinatorAccountId: ZUuid.nullable(),
};

/** Field names a revision may name. */
export const NEED_REVISION_FIELDS = [...Object.keys(needFieldShape), 'recipientId'] as readonly string[];

/**
 * The i18n key labelling a field named in a revision or a line change:
 * `recipientId` → `needs.field_recipient_id`, `plannedStart` → `needs.line_field_planned_start`.
 */
export function needFieldLabelKey(field: string, of: 'need' | 'line' = 'need'): string {
  const snake = field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return `needs.${of === 'line' ? 'line_field' : 'field'}_${snake}`;
}

/** Consent the person gave when a coordinator acts for them (代理入力). */
export const ZOnBehalfOfInput = z.object({ consentMethod: ZConsentMethod, consentNote: ZOptionalText(200) });

export const ZCreateNeedRequest = z
  .object({
    ...needFieldShape,
    requesterRelation: needFieldShape.requesterRelation.optional(),
    requesterPhone: needFieldShape.requesterPhone.optional(),
    requesterEmail: needFieldShape.requesterEmail.optional(),
    online: needFieldShape.online.default(false),
    postalCode: needFieldShape.postalCode.optional(),
    location: needFieldShape.location.optional(),
    timeWindows: needFieldShape.timeWindows.default([]),
    rrule: needFieldShape.rrule.optional(),
    headcount: needFieldShape.headcount.default(1),
    skillIds: needFieldShape.skillIds.default([]),
    languages: needFieldShape.languages.default([]),
    helperGender: needFieldShape.helperGender.default('any'),
    urgency: needFieldShape.urgency.default('normal'),
    coordinatorAccountId: needFieldShape.coordinatorAccountId.optional(),
    channel: ZIntakeChannel,
    /** Link an existing recipient record … */
    recipientId: ZUuid.nullable().optional(),
    /** … or create one with the need, in the same transaction. */
    newRecipient: ZCreateRecipientRequest.optional(),
    /** Set when the coordinator records the need for the person (assisted entry), with the consent obtained. */
    onBehalfOf: ZOnBehalfOfInput.nullable().optional(),
    /** A health or family note taken at intake, written with the need (the recipient's sensitive-data consent is required). */
    sensitiveNote: ZCreateSensitiveNoteRequest.optional(),
  })
  .refine((need) => !(need.recipientId && need.newRecipient), {
    message: 'validation.recipient_one_of',
    path: ['newRecipient'],
  });
export type TCreateNeedRequest = z.input<typeof ZCreateNeedRequest>;

export const ZUpdateNeedRequest = z
  .object({ ...needFieldShape, recipientId: ZUuid.nullable() })
  .partial()
  .strict();
export type TUpdateNeedRequest = z.infer<typeof ZUpdateNeedRequest>;

// ---------------------------------------------------------------- resource lines

/** One need can be met by several lines: volunteers' time, referrals, goods and money. */
export const RESOURCE_LINE_KINDS = ['volunteer_time', 'referral', 'goods', 'money'] as const;
export const ZResourceLineKind = z.enum(RESOURCE_LINE_KINDS);
export type TResourceLineKind = z.infer<typeof ZResourceLineKind>;

export const RESOURCE_LINE_STATUSES = [
  'planned',
  'confirmed',
  'done',
  'cancelled',
  'pending',
  'accepted',
  'declined',
] as const;
export const ZResourceLineStatus = z.enum(RESOURCE_LINE_STATUSES);
export type TResourceLineStatus = z.infer<typeof ZResourceLineStatus>;

/** Which statuses each kind of line uses; the first is where a new line starts by default. */
export const RESOURCE_LINE_STATUSES_BY_KIND: Readonly<Record<TResourceLineKind, readonly TResourceLineStatus[]>> = {
  volunteer_time: ['planned', 'confirmed', 'done', 'cancelled'],
  referral: ['pending', 'accepted', 'declined', 'cancelled'],
  goods: ['planned', 'done', 'cancelled'],
  money: ['planned', 'done', 'cancelled'],
};

/**
 * Where a referral goes: an organization or a service of the community
 * resource directory, another organization of the network, or somewhere
 * named only. Directory targets are loose references (id + a name snapshot),
 * so a referral stays readable when the entry changes or goes.
 */
export const REFERRAL_TARGET_KINDS = [
  'directory_organization',
  'directory_service',
  'network_organization',
  'other',
] as const;
export const ZReferralTargetKind = z.enum(REFERRAL_TARGET_KINDS);
export type TReferralTargetKind = z.infer<typeof ZReferralTargetKind>;

export const ZReferralTarget = z
  .object({
    kind: ZReferralTargetKind,
    id: ZUuid.nullable().optional(),
    /** The name as it was when referred (taken from the organization for network targets). */
    name: ZOptionalText(200),
  })
  .refine((target) => target.kind === 'other' || !!target.id, { message: 'validation.required', path: ['id'] })
  .refine((target) => target.kind === 'network_organization' || !!target.name, {
    message: 'validation.required',
    path: ['name'],
  });

const ZLineNote = ZOptionalText(1000);
const ZMinutes = z.number().int().min(0).max(100_000);

export const ZCreateResourceLineRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('volunteer_time'),
    volunteerId: ZUuid,
    status: z.enum(['planned', 'confirmed', 'done', 'cancelled']).default('planned'),
    plannedStart: ZIsoDateTime.nullable().optional(),
    /** Time actually served, filled in later. */
    minutes: ZMinutes.nullable().optional(),
    note: ZLineNote,
  }),
  z.object({
    kind: z.literal('referral'),
    target: ZReferralTarget,
    status: z.enum(['pending', 'accepted', 'declined', 'cancelled']).default('pending'),
    note: ZLineNote,
  }),
  z.object({
    kind: z.literal('goods'),
    description: z.string().trim().min(1).max(500),
    quantity: z.number().min(0).max(1_000_000).nullable().optional(),
    unit: ZOptionalText(30),
    status: z.enum(['planned', 'done', 'cancelled']).default('planned'),
    note: ZLineNote,
  }),
  z.object({
    kind: z.literal('money'),
    description: z.string().trim().min(1).max(500),
    amount: z.number().min(0).max(100_000_000).nullable().optional(),
    /** ISO 4217 (JPY, CNY, KRW). */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'validation.invalid_format' })
      .nullable()
      .optional(),
    status: z.enum(['planned', 'done', 'cancelled']).default('planned'),
    note: ZLineNote,
  }),
]);
export type TCreateResourceLineRequest = z.input<typeof ZCreateResourceLineRequest>;

/** Changes to a line; the kind never changes, and the fields must belong to it (`status` per kind). */
export const ZUpdateResourceLineRequest = z
  .object({
    status: ZResourceLineStatus,
    plannedStart: ZIsoDateTime.nullable(),
    minutes: ZMinutes.nullable(),
    description: z.string().trim().min(1).max(500),
    quantity: z.number().min(0).max(1_000_000).nullable(),
    unit: ZOptionalText(30),
    amount: z.number().min(0).max(100_000_000).nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'validation.invalid_format' })
      .nullable(),
    note: ZLineNote,
  })
  .partial()
  .strict();
export type TUpdateResourceLineRequest = z.infer<typeof ZUpdateResourceLineRequest>;

export const ZResourceLine = z.object({
  id: ZUuid,
  kind: ZResourceLineKind,
  status: ZResourceLineStatus,
  volunteerId: ZUuid.nullable(),
  volunteerName: z.string().nullable(),
  plannedStart: ZIsoDateTime.nullable(),
  minutes: z.number().int().nullable(),
  referralTargetKind: ZReferralTargetKind.nullable(),
  referralTargetId: ZUuid.nullable(),
  referralTargetName: z.string().nullable(),
  /** When a referral was accepted or declined. */
  answeredAt: ZIsoDateTime.nullable(),
  description: z.string().nullable(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TResourceLine = z.infer<typeof ZResourceLine>;

export const ZResourceLineParams = z.object({ orgId: ZUuid, needId: ZUuid, lineId: ZUuid });

// ---------------------------------------------------------------- follow-up

export const FOLLOW_UP_RESPONDENTS = ['recipient', 'requester', 'volunteer'] as const;
export const ZFollowUpRespondent = z.enum(FOLLOW_UP_RESPONDENTS);
export const SHOULD_CONTINUE_ANSWERS = ['yes', 'no', 'unsure'] as const;
export const ZShouldContinue = z.enum(SHOULD_CONTINUE_ANSWERS);
/** How the answers were taken; `self` when the volunteer answered in the app. */
export const FOLLOW_UP_METHODS = ['phone', 'visit', 'paper', 'self'] as const;
export const ZFollowUpMethod = z.enum(FOLLOW_UP_METHODS);

const followUpAnswers = {
  /** 1 (very unhappy) … 5 (very happy). */
  satisfaction: z.number().int().min(1).max(5),
  shouldContinue: ZShouldContinue,
  comment: ZOptionalText(2000),
};

/** A coordinator records one respondent's answers (on the phone, on a visit, from paper). */
export const ZRecordFollowUpRequest = z
  .object({
    respondent: ZFollowUpRespondent,
    /** Required when the respondent is a volunteer: one who served on this need. */
    volunteerId: ZUuid.nullable().optional(),
    method: z.enum(['phone', 'visit', 'paper']),
    ...followUpAnswers,
  })
  .refine((f) => (f.respondent === 'volunteer') === !!f.volunteerId, {
    message: 'validation.follow_up_volunteer',
    path: ['volunteerId'],
  });
export type TRecordFollowUpRequest = z.input<typeof ZRecordFollowUpRequest>;

export const ZFollowUp = z.object({
  id: ZUuid,
  respondent: ZFollowUpRespondent,
  volunteerId: ZUuid.nullable(),
  respondentName: z.string().nullable(),
  satisfaction: z.number().int(),
  shouldContinue: ZShouldContinue,
  comment: z.string().nullable(),
  method: ZFollowUpMethod,
  recordedByName: z.string().nullable(),
  recordedAt: ZIsoDateTime,
});
export type TFollowUp = z.infer<typeof ZFollowUp>;

/** A completed need nobody has followed up yet. */
export const ZFollowUpDue = z.object({
  needId: ZUuid,
  number: z.string(),
  title: z.string(),
  kind: ZNeedKind,
  recipientName: z.string().nullable(),
  requesterPhone: z.string().nullable(),
  completedAt: ZIsoDateTime,
  daysSinceCompletion: z.number().int(),
});
export const ZFollowUpDueResponse = z.object({ needs: z.array(ZFollowUpDue) });
export type TFollowUpDueResponse = z.infer<typeof ZFollowUpDueResponse>;

/** A volunteer's own answer about a need they served on. */
export const ZMyFollowUpRequest = z.object({ orgId: ZUuid, needId: ZUuid, ...followUpAnswers });
export type TMyFollowUpRequest = z.input<typeof ZMyFollowUpRequest>;
export const ZMyFollowUpDue = z.object({
  orgId: ZUuid,
  orgName: z.string(),
  needId: ZUuid,
  number: z.string(),
  title: z.string(),
  kind: ZNeedKind,
  completedAt: ZIsoDateTime,
});
export const ZMyFollowUpDueResponse = z.object({ needs: z.array(ZMyFollowUpDue) });
export type TMyFollowUpDueResponse = z.infer<typeof ZMyFollowUpDueResponse>;

// ---------------------------------------------------------------- the need

export const ZNeed = z.object({
  id: ZUuid,
  orgId: ZUuid,
  /** The number people say on the phone: fiscal year and sequence, e.g. 2026-0042. */
  number: z.string(),
  status: ZNeedStatus,
  closureReason: ZNeedClosureReason.nullable(),
  kind: ZNeedKind,
  title: z.string(),
  description: z.string().nullable(),
  channel: ZNeedChannel,
  requesterName: z.string().nullable(),
  requesterRelation: ZRequesterRelation.nullable(),
  requesterPhone: z.string().nullable(),
  requesterEmail: z.string().nullable(),
  recipientId: ZUuid.nullable(),
  recipientName: z.string().nullable(),
  /** The linked recipient record, briefly. */
  recipient: z
    .object({ id: ZUuid, name: z.string(), nameReading: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  /** Set when a coordinator recorded the need for the person, with the consent obtained. */
  onBehalfOf: z
    .object({
      consentMethod: ZConsentMethod,
      consentNote: z.string().nullable(),
      recordedByName: z.string().nullable(),
      recordedAt: ZIsoDateTime,
    })
    .nullable(),
  online: z.boolean(),
  postalCode: z.string().nullable(),
  address: z.string().nullable(),
  area: z.string().nullable(),
  location: ZPoint.nullable(),
  timeWindows: z.array(
    z.object({ date: z.string().nullable(), weekday: z.number().int().nullable(), start: z.string(), end: z.string() }),
  ),
  rrule: z.string().nullable(),
  headcount: z.number().int(),
  skillIds: z.array(ZUuid),
  languages: z.array(ZLanguage),
  helperGender: ZHelperGender,
  preferenceNote: z.string().nullable(),
  urgency: ZNeedUrgency,
  costNote: z.string().nullable(),
  coordinatorAccountId: ZUuid.nullable(),
  coordinatorName: z.string().nullable(),
  sensitiveNoteCount: z.number().int(),
  resourceLines: z.array(ZResourceLine),
  followUps: z.array(ZFollowUp),
  createdByName: z.string().nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
  statusChangedAt: ZIsoDateTime,
  completedAt: ZIsoDateTime.nullable(),
  closedAt: ZIsoDateTime.nullable(),
});
export type TNeed = z.infer<typeof ZNeed>;

export const ZNeedSummary = z.object({
  id: ZUuid,
  number: z.string(),
  status: ZNeedStatus,
  closureReason: ZNeedClosureReason.nullable(),
  kind: ZNeedKind,
  title: z.string(),
  urgency: ZNeedUrgency,
  channel: ZNeedChannel,
  recipientId: ZUuid.nullable(),
  /** The linked record's name, else the name the requester gave. */
  recipientName: z.string().nullable(),
  area: z.string().nullable(),
  coordinatorName: z.string().nullable(),
  createdAt: ZIsoDateTime,
  statusChangedAt: ZIsoDateTime,
  completedAt: ZIsoDateTime.nullable(),
});
export type TNeedSummary = z.infer<typeof ZNeedSummary>;

export const ZNeedParams = z.object({ orgId: ZUuid, needId: ZUuid });

export const ZNeedListQuery = z.object({
  status: ZNeedStatus.optional(),
  /** `open`: every state but closed. */
  open: z.enum(['true', 'false']).optional(),
  kind: ZNeedKind.optional(),
  urgency: ZNeedUrgency.optional(),
  recipientId: ZUuid.optional(),
  /** Number, title, description, requester or recipient name or reading. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Newest first; pass the previous page's `nextCursor`. */
  before: ZUuid.optional(),
});
export type TNeedListQuery = z.infer<typeof ZNeedListQuery>;
export const ZNeedListResponse = z.object({ needs: z.array(ZNeedSummary), nextCursor: ZUuid.nullable() });
export type TNeedListResponse = z.infer<typeof ZNeedListResponse>;

/** How many needs are in each state, for the board. */
export const ZNeedCountsResponse = z.object({ counts: z.record(ZNeedStatus, z.number().int()) });
export type TNeedCountsResponse = z.infer<typeof ZNeedCountsResponse>;

/** The recipient page: their record and the needs met for them, newest first. */
export const ZRecipientDetail = ZRecipient.extend({ needs: z.array(ZNeedSummary) });
export type TRecipientDetail = z.infer<typeof ZRecipientDetail>;

export const ZNeedTransitionRequest = z
  .object({
    to: ZNeedStatus,
    /** Why (said aloud in the timeline: "all three volunteers declined"). */
    reason: ZOptionalText(500),
    /** Required when closing, and only then. */
    closureReason: ZNeedClosureReason.optional(),
  })
  .refine((t) => (t.to === 'closed') === (t.closureReason !== undefined), {
    message: 'validation.closure_reason',
    path: ['closureReason'],
  });
export type TNeedTransitionRequest = z.input<typeof ZNeedTransitionRequest>;

// ---------------------------------------------------------------- contacts and timeline

export const CONTACT_KINDS = ['call', 'visit', 'message'] as const;
export const ZContactKind = z.enum(CONTACT_KINDS);
export const CONTACT_PARTIES = ['recipient', 'requester', 'volunteer', 'partner', 'other'] as const;
export const ZContactParty = z.enum(CONTACT_PARTIES);

export const ZLogContactRequest = z.object({
  kind: ZContactKind,
  party: ZContactParty,
  note: ZOptionalText(1000),
  /** When it happened (defaults to now; a call yesterday may be logged today). */
  at: ZIsoDateTime.optional(),
});
export type TLogContactRequest = z.infer<typeof ZLogContactRequest>;

const ZFieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type TFieldChange = z.infer<typeof ZFieldChange>;

/**
 * What each kind of timeline entry carries. Another module adds a kind by
 * adding it here (and to NEED_TIMELINE_KINDS through this object) and calling
 * the needs module's `appendNeedTimelineEntry` in its own transaction; the
 * timeline endpoint then returns it with the others.
 */
export const NEED_TIMELINE_DATA = {
  created: z.object({ channel: ZNeedChannel, onBehalfOf: z.boolean() }),
  status_changed: z.object({
    from: ZNeedStatus,
    to: ZNeedStatus,
    reason: z.string().nullable(),
    closureReason: ZNeedClosureReason.nullable(),
    /** True when the system made the step (completed → followed_up on the first follow-up). */
    automatic: z.boolean(),
  }),
  revised: z.object({ changes: z.array(ZFieldChange) }),
  contact: z.object({ contactKind: ZContactKind, party: ZContactParty, note: z.string().nullable() }),
  resource_line_added: z.object({
    lineId: ZUuid,
    lineKind: ZResourceLineKind,
    status: ZResourceLineStatus,
    /** Volunteer, referral target or goods/money description, as it was. */
    label: z.string().nullable(),
  }),
  resource_line_changed: z.object({
    lineId: ZUuid,
    lineKind: ZResourceLineKind,
    label: z.string().nullable(),
    changes: z.array(ZFieldChange),
  }),
  resource_line_removed: z.object({
    lineId: ZUuid,
    lineKind: ZResourceLineKind,
    label: z.string().nullable(),
  }),
  follow_up_recorded: z.object({
    followUpId: ZUuid,
    respondent: ZFollowUpRespondent,
    respondentName: z.string().nullable(),
    satisfaction: z.number().int(),
    shouldContinue: ZShouldContinue,
  }),
  /** A sensitive note was written; its content never appears here. */
  sensitive_note_added: z.object({ noteId: ZUuid, category: ZSensitiveNoteCategory }),
  /** Matching: a volunteer was asked, with their place in the ranking (null: not among those shown) and score. */
  proposal_made: z.object({
    proposalId: ZUuid,
    volunteerName: z.string(),
    rank: z.number().int().nullable(),
    score: z.number(),
    maxScore: z.number(),
    /** Why the coordinator chose someone outside the ranking shown, or despite a warning. */
    overrideReason: z.string().nullable(),
  }),
  proposal_answered: z.object({
    proposalId: ZUuid,
    volunteerName: z.string(),
    answer: z.enum(['accepted', 'declined']),
    /** Through the mailed link, in the app, or told to a coordinator. */
    via: z.enum(['link', 'app', 'coordinator']),
    reason: z.string().nullable(),
  }),
  proposal_confirmed: z.object({ proposalId: ZUuid, volunteerName: z.string(), lineId: ZUuid }),
  proposal_withdrawn: z.object({
    proposalId: ZUuid,
    volunteerName: z.string(),
    reason: z.string().nullable(),
    /** True when withdrawn because the need was filled (first acceptance). */
    automatic: z.boolean(),
  }),
  proposal_expired: z.object({ proposalId: ZUuid, volunteerName: z.string() }),
  /**
   * Attendance: a visit recorded for this case was approved, with the minutes credited (`corrected`:
   * approved again after a coordinator corrected its times, the earlier credit reversed).
   */
  visit_approved: z.object({
    attendanceId: ZUuid,
    volunteerName: z.string(),
    serviceDate: ZCalendarDate,
    minutes: z.number().int(),
    corrected: z.boolean(),
  }),
  /** Attendance: the credit of an approved visit for this case was taken back to correct the visit. */
  visit_reversed: z.object({
    attendanceId: ZUuid,
    volunteerName: z.string(),
    serviceDate: ZCalendarDate,
    minutes: z.number().int(),
    reason: z.string(),
  }),
} as const;
export type TNeedTimelineKind = keyof typeof NEED_TIMELINE_DATA;
export const NEED_TIMELINE_KINDS = Object.keys(NEED_TIMELINE_DATA) as TNeedTimelineKind[];
export type TNeedTimelineData<K extends TNeedTimelineKind> = z.infer<(typeof NEED_TIMELINE_DATA)[K]>;

const timelineEntryBase = { id: ZUuid, at: ZIsoDateTime, actorName: z.string().nullable() };
const timelineEntryOf = <K extends TNeedTimelineKind>(kind: K) =>
  z.object({ ...timelineEntryBase, kind: z.literal(kind), data: NEED_TIMELINE_DATA[kind] });

export const ZNeedTimelineEntry = z.discriminatedUnion('kind', [
  timelineEntryOf('created'),
  timelineEntryOf('status_changed'),
  timelineEntryOf('revised'),
  timelineEntryOf('contact'),
  timelineEntryOf('resource_line_added'),
  timelineEntryOf('resource_line_changed'),
  timelineEntryOf('resource_line_removed'),
  timelineEntryOf('follow_up_recorded'),
  timelineEntryOf('sensitive_note_added'),
  timelineEntryOf('proposal_made'),
  timelineEntryOf('proposal_answered'),
  timelineEntryOf('proposal_confirmed'),
  timelineEntryOf('proposal_withdrawn'),
  timelineEntryOf('proposal_expired'),
  timelineEntryOf('visit_approved'),
  timelineEntryOf('visit_reversed'),
]);
export type TNeedTimelineEntry = z.infer<typeof ZNeedTimelineEntry>;

export const ZNeedTimelineQuery = z.object({
  /** Only these kinds, comma-separated (e.g. `revised` for the revision history). */
  kinds: z
    .string()
    .max(500)
    .optional()
    .transform((value) => (value ? value.split(',').map((k) => k.trim()) : undefined))
    .pipe(z.array(z.enum(NEED_TIMELINE_KINDS as [TNeedTimelineKind, ...TNeedTimelineKind[]])).optional()),
});
/** The case page: everything that happened, newest first. */
export const ZNeedTimelineResponse = z.object({ entries: z.array(ZNeedTimelineEntry) });
export type TNeedTimelineResponse = z.infer<typeof ZNeedTimelineResponse>;

// ---------------------------------------------------------------- settings and the public form

export const ZNeedSettings = z.object({
  /** The public request page (/request/<organization>) takes requests. */
  publicRequestsOpen: z.boolean(),
  /** The version of the consent wording recipients agree to (recorded with each consent). */
  consentWordingVersion: z.string().trim().min(1).max(40),
});
export type TNeedSettings = z.infer<typeof ZNeedSettings>;
export const ZUpdateNeedSettingsRequest = ZNeedSettings.partial().strict();
export type TUpdateNeedSettingsRequest = z.infer<typeof ZUpdateNeedSettingsRequest>;

export const ZNeedRequestForm = z.object({
  orgId: ZUuid,
  orgName: z.string(),
  open: z.boolean(),
  consentWordingVersion: z.string(),
});
export type TNeedRequestForm = z.infer<typeof ZNeedRequestForm>;

/**
 * A request sent through the public page by the person or someone for them.
 * It lands as a `new` need (channel public_form) for a coordinator to call back.
 */
export const ZPublicNeedRequest = z
  .object({
    requesterName: ZPersonName,
    requesterRelation: ZRequesterRelation,
    requesterPhone: ZPhone.nullable().optional(),
    requesterEmail: ZEmail.nullable().optional(),
    /** The person to help, when it is someone else. */
    recipientName: ZOptionalText(100),
    kind: ZNeedKind,
    title: z.string().trim().min(1).max(200),
    description: ZOptionalText(5000),
    postalCode: ZPostalCode.nullable().optional(),
    address: ZOptionalText(300),
    area: ZOptionalText(100),
    timeWindows: z.array(ZNeedTimeWindow).max(10).default([]),
    languages: z.array(ZLanguage).max(10).default([]),
    helperGender: ZHelperGender.default('any'),
    preferenceNote: ZOptionalText(1000),
    /** The requester agrees that the organization keeps these details to handle the request. */
    consent: z.literal(true, { message: 'validation.consent_required' }),
  })
  .refine((r) => !!r.requesterPhone || !!r.requesterEmail, {
    message: 'validation.contact_required',
    path: ['requesterPhone'],
  });
export type TPublicNeedRequest = z.input<typeof ZPublicNeedRequest>;
export const ZPublicNeedReceipt = z.object({ number: z.string(), receivedAt: ZIsoDateTime });
export type TPublicNeedReceipt = z.infer<typeof ZPublicNeedReceipt>;
