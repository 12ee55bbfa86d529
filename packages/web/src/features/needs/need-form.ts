import type { FormErrors } from '@mantine/form';
import {
  type HELPER_GENDERS,
  NEED_CHANNELS,
  type RECIPIENT_CONSENT_PURPOSES,
  type REQUESTER_RELATIONS,
  type SENSITIVE_NOTE_CATEGORIES,
  type TConsentMethod,
  type TCreateNeedRequest,
  type TCreateRecipientRequest,
  type TCreateSensitiveNoteRequest,
  type TLanguage,
  type TNeed,
  type TNeedKind,
  type TNeedTimeWindow,
  type TNeedUrgency,
  type TUpdateNeedRequest,
} from '@musubi/shared';
import { NO_REPEAT, type RepeatValues, repeatToRRule, rruleToRepeat } from './repeat';

/** The channels a coordinator records a need through (the public form records its own). */
export const INTAKE_CHANNELS = NEED_CHANNELS.filter(
  (channel): channel is Exclude<(typeof NEED_CHANNELS)[number], 'public_form'> => channel !== 'public_form',
);
export type TIntakeChannel = (typeof INTAKE_CHANNELS)[number];
export type TRequesterRelation = (typeof REQUESTER_RELATIONS)[number];
export type THelperGender = (typeof HELPER_GENDERS)[number];
export type TRecipientConsentPurpose = (typeof RECIPIENT_CONSENT_PURPOSES)[number];
export type TSensitiveCategory = (typeof SENSITIVE_NOTE_CATEGORIES)[number];

/** Trims a text input; an empty one becomes null (the contract's "none"). */
function nullable(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A preferred time as the inputs hold it: on a date, or every week on a weekday ("1" = Monday). */
export interface TimeWindowRow {
  /** Identifies the row while rows are added and removed (not sent). */
  rowId: string;
  on: 'date' | 'weekday';
  date: string;
  weekday: string;
  start: string;
  end: string;
}

/** The fields of a need a coordinator edits, as the inputs hold them (text never null). */
export interface NeedFieldValues {
  /** '' until chosen. */
  kind: TNeedKind | '';
  title: string;
  description: string;
  requesterName: string;
  /** '' when not said. */
  requesterRelation: TRequesterRelation | '';
  requesterPhone: string;
  requesterEmail: string;
  /** The person helped as named, when no record is linked. */
  recipientName: string;
  online: boolean;
  postalCode: string;
  address: string;
  area: string;
  timeWindows: TimeWindowRow[];
  repeat: RepeatValues;
  /** A number input gives '' when emptied. */
  headcount: number | string;
  skillIds: string[];
  languages: TLanguage[];
  helperGender: THelperGender;
  preferenceNote: string;
  urgency: TNeedUrgency;
  costNote: string;
  /** '' for nobody in charge yet. */
  coordinatorAccountId: string;
}

/** Who the need is for, at intake: a record found, a record made now, or only a name. */
export type TRecipientChoice = 'existing' | 'new' | 'name_only';

/** A recipient record made with the need, and the consents the person gave. */
export interface NewRecipientValues {
  name: string;
  nameReading: string;
  birthDate: string;
  phone: string;
  postalCode: string;
  address: string;
  area: string;
  languages: TLanguage[];
  notes: string;
  /** Purposes the person agreed to. */
  consents: TRecipientConsentPurpose[];
  consentMethod: TConsentMethod;
  consentNote: string;
}

/** The phone-intake form: the need, who called, who it is for, and an optional restricted note. */
export interface IntakeValues extends NeedFieldValues {
  channel: TIntakeChannel;
  recipientChoice: TRecipientChoice;
  recipientId: string;
  newRecipient: NewRecipientValues;
  /** The coordinator records this for the person (代理入力), with the consent obtained. */
  onBehalf: boolean;
  onBehalfOf: { consentMethod: TConsentMethod; consentNote: string };
  sensitiveNote: { category: TSensitiveCategory; body: string };
}

export const EMPTY_NEED_FIELDS: NeedFieldValues = {
  kind: '',
  title: '',
  description: '',
  requesterName: '',
  requesterRelation: '',
  requesterPhone: '',
  requesterEmail: '',
  recipientName: '',
  online: false,
  postalCode: '',
  address: '',
  area: '',
  timeWindows: [],
  repeat: NO_REPEAT,
  headcount: 1,
  skillIds: [],
  languages: [],
  helperGender: 'any',
  preferenceNote: '',
  urgency: 'normal',
  costNote: '',
  coordinatorAccountId: '',
};

export const EMPTY_NEW_RECIPIENT: NewRecipientValues = {
  name: '',
  nameReading: '',
  birthDate: '',
  phone: '',
  postalCode: '',
  address: '',
  area: '',
  languages: [],
  notes: '',
  consents: [],
  consentMethod: 'phone',
  consentNote: '',
};

/** A fresh intake: taken on the phone, in charge of the coordinator taking it. */
export function emptyIntake(coordinatorAccountId = ''): IntakeValues {
  return {
    ...EMPTY_NEED_FIELDS,
    coordinatorAccountId,
    channel: 'phone',
    recipientChoice: 'existing',
    recipientId: '',
    newRecipient: EMPTY_NEW_RECIPIENT,
    onBehalf: false,
    onBehalfOf: { consentMethod: 'phone', consentNote: '' },
    sensitiveNote: { category: 'health', body: '' },
  };
}

let rowCount = 0;

/** A new preferred time: next to nothing filled in but a morning. */
export function newTimeWindowRow(
  window: { date: string | null; weekday: number | null; start: string; end: string } = {
    date: null,
    weekday: null,
    start: '10:00',
    end: '12:00',
  },
): TimeWindowRow {
  rowCount += 1;
  return {
    rowId: `window-${rowCount}`,
    on: window.weekday !== null ? 'weekday' : 'date',
    date: window.date ?? '',
    weekday: String(window.weekday ?? 1),
    start: window.start,
    end: window.end,
  };
}

/** Rows as the contract takes them: a date or a weekday, never both. */
export function toTimeWindows(rows: TimeWindowRow[]): TNeedTimeWindow[] {
  return rows.map((row) =>
    row.on === 'date'
      ? { date: row.date, weekday: null, start: row.start, end: row.end }
      : { date: null, weekday: Number(row.weekday), start: row.start, end: row.end },
  );
}

/** Every editable field as the update request carries it; a cleared input clears the field (null). */
export function toNeedFields(values: NeedFieldValues) {
  return {
    kind: values.kind as TNeedKind,
    title: values.title.trim(),
    description: nullable(values.description),
    requesterName: nullable(values.requesterName),
    requesterRelation: values.requesterRelation || null,
    requesterPhone: nullable(values.requesterPhone),
    requesterEmail: nullable(values.requesterEmail),
    recipientName: nullable(values.recipientName),
    online: values.online,
    postalCode: nullable(values.postalCode),
    address: nullable(values.address),
    area: nullable(values.area),
    timeWindows: toTimeWindows(values.timeWindows),
    rrule: repeatToRRule(values.repeat),
    headcount: values.headcount === '' ? Number.NaN : Number(values.headcount),
    skillIds: values.skillIds,
    languages: values.languages,
    helperGender: values.helperGender,
    preferenceNote: nullable(values.preferenceNote),
    urgency: values.urgency,
    costNote: nullable(values.costNote),
    coordinatorAccountId: values.coordinatorAccountId || null,
  } satisfies TUpdateNeedRequest;
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

function withoutBlanks<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => !isBlank(value))) as Partial<T>;
}

/** The recipient record made with the need; each consent given carries how it was obtained. */
export function toNewRecipient(values: NewRecipientValues): TCreateRecipientRequest {
  const note = nullable(values.consentNote);
  return {
    ...withoutBlanks({
      nameReading: nullable(values.nameReading),
      birthDate: nullable(values.birthDate),
      phone: nullable(values.phone),
      postalCode: nullable(values.postalCode),
      address: nullable(values.address),
      area: nullable(values.area),
      notes: nullable(values.notes),
    }),
    name: values.name.trim(),
    languages: values.languages,
    consents: values.consents.map((purpose) => ({ purpose, granted: true, method: values.consentMethod, note })),
  };
}

/**
 * The intake as the create request: blank fields left out, the recipient as the coordinator
 * chose (a record, a new record, or a name), and the on-behalf consent when they act for the person.
 */
export function toCreateNeedRequest(values: IntakeValues): TCreateNeedRequest {
  const { recipientName, ...fields } = toNeedFields(values);
  const request: TCreateNeedRequest = {
    ...(withoutBlanks(fields) as Omit<typeof fields, 'kind' | 'title'>),
    kind: fields.kind,
    title: fields.title,
    headcount: fields.headcount,
    online: fields.online,
    channel: values.channel,
  };
  if (values.recipientChoice === 'existing' && values.recipientId) request.recipientId = values.recipientId;
  if (values.recipientChoice === 'new') request.newRecipient = toNewRecipient(values.newRecipient);
  if (values.recipientChoice === 'name_only' && recipientName) request.recipientName = recipientName;
  if (values.onBehalf) {
    request.onBehalfOf = {
      consentMethod: values.onBehalfOf.consentMethod,
      consentNote: nullable(values.onBehalfOf.consentNote),
    };
  }
  const note = toSensitiveNote(values);
  if (note) request.sensitiveNote = note;
  return request;
}

/** The restricted note written with the need, or null when none was typed. */
export function toSensitiveNote(values: IntakeValues): TCreateSensitiveNoteRequest | null {
  const body = values.sensitiveNote.body.trim();
  return body ? { category: values.sensitiveNote.category, body } : null;
}

/**
 * Puts messages on the inputs that caused them where the form holds a value differently
 * from the request: one consent method for all consents of a new record, the repeat pattern.
 */
export function intakeErrorPaths(errors: FormErrors): FormErrors {
  const mapped: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const target = path
      .replace(/^newRecipient\.consents\.\d+\.method$/, 'newRecipient.consentMethod')
      .replace(/^newRecipient\.consents\.\d+\.note$/, 'newRecipient.consentNote')
      .replace(/^newRecipient\.consents(\.\d+)?(\..*)?$/, 'newRecipient.consents')
      .replace(/^rrule$/, 'repeat.kind');
    mapped[target] ??= message;
  }
  return mapped;
}

/** A stored need as the edit form holds it. */
export function needToValues(need: TNeed): NeedFieldValues {
  return {
    kind: need.kind,
    title: need.title,
    description: need.description ?? '',
    requesterName: need.requesterName ?? '',
    requesterRelation: need.requesterRelation ?? '',
    requesterPhone: need.requesterPhone ?? '',
    requesterEmail: need.requesterEmail ?? '',
    recipientName: need.recipientName ?? '',
    online: need.online,
    postalCode: need.postalCode ?? '',
    address: need.address ?? '',
    area: need.area ?? '',
    timeWindows: need.timeWindows.map((window) => newTimeWindowRow(window)),
    repeat: rruleToRepeat(need.rrule),
    headcount: need.headcount,
    skillIds: need.skillIds,
    languages: need.languages,
    helperGender: need.helperGender,
    preferenceNote: need.preferenceNote ?? '',
    urgency: need.urgency,
    costNote: need.costNote ?? '',
    coordinatorAccountId: need.coordinatorAccountId ?? '',
  };
}

/** Only the fields that differ from the need as loaded: each becomes one line of the revision. */
export function toUpdateNeedRequest(before: NeedFieldValues, after: NeedFieldValues): TUpdateNeedRequest {
  const old = toNeedFields(before);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(toNeedFields(after))) {
    const was = old[key as keyof typeof old];
    const same =
      key === 'skillIds' || key === 'languages'
        ? JSON.stringify([...(value as string[])].sort()) === JSON.stringify([...(was as string[])].sort())
        : JSON.stringify(value) === JSON.stringify(was);
    if (!same) changed[key] = value;
  }
  return changed as TUpdateNeedRequest;
}
