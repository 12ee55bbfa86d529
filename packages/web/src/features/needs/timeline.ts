import { needFieldLabelKey, type TNeedTimelineEntry } from '@musubi/shared';
import { splitMinutes } from '../attendance/attendance-display';
import { RULE_WEEKDAYS, rruleToRepeat } from './repeat';

/** Translates a catalog key known only at run time (`needs.kind_${kind}`). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What reading a timeline needs besides the words: names and the interface language's formats. */
export interface ReadingContext {
  t: Translate;
  /** A skill's name in the interface language, if the organization has it. */
  skillName: (skillId: string) => string | undefined;
  /** A staff member's name, if known. */
  memberName: (accountId: string) => string | undefined;
  /** 1 = Monday … 7 = Sunday. */
  weekdayName: (weekday: number) => string;
  /** A calendar date (YYYY-MM-DD). */
  calendarDate: (date: string) => string;
  /** A moment (ISO 8601). */
  dateTime: (iso: string) => string;
}

/** One field changed by a revision, readable: its label and both values in words. */
export interface ChangeView {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** A timeline entry as the case page shows it. */
export interface TimelineEntryView {
  id: string;
  at: string;
  kind: string;
  /** What happened, in two or three words ("段階の変更"). */
  title: string;
  /** The gist in a sentence ("アセスメント中 → マッチング中"). */
  summary: string;
  /** Free text someone wrote (why, what was said on the call), or null. */
  note: string | null;
  changes: ChangeView[];
  actorName: string | null;
}

type Window = { date: string | null; weekday: number | null; start: string; end: string };

/** A preferred time in words: "2026年5月12日 10:00〜12:00" or "毎週火曜日 14:00〜15:00". */
export function describeTimeWindow(window: Window, ctx: ReadingContext): string {
  return window.weekday !== null
    ? ctx.t('needs.case.window_weekday', {
        weekday: ctx.weekdayName(window.weekday),
        start: window.start,
        end: window.end,
      })
    : ctx.t('needs.case.window_date', {
        date: window.date ? ctx.calendarDate(window.date) : '',
        start: window.start,
        end: window.end,
      });
}

/** A repeat rule in words ("毎週 火曜日・木曜日"); a rule the form cannot show is quoted as written. */
export function describeRepeat(rule: string | null, ctx: ReadingContext): string {
  const repeat = rruleToRepeat(rule);
  const days = repeat.weekdays
    .map((day) => ctx.weekdayName(RULE_WEEKDAYS.indexOf(day) + 1))
    .join(ctx.t('needs.case.list_separator'));
  switch (repeat.kind) {
    case 'none':
      return ctx.t('needs.repeat.none');
    case 'custom':
      return ctx.t('needs.repeat.custom_rule', { rule: repeat.custom });
    case 'monthly':
      return days
        ? ctx.t('needs.repeat.monthly_on', { ordinal: ctx.t(`needs.repeat.ordinal_${repeat.ordinal}`), days })
        : ctx.t('needs.repeat.monthly');
    default:
      return days ? ctx.t(`needs.repeat.${repeat.kind}_on`, { days }) : ctx.t(`needs.repeat.${repeat.kind}`);
  }
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Enumerated fields of a need and of a line, and the catalog prefix of their values. */
const ENUM_PREFIXES: Record<string, string> = {
  kind: 'needs.kind_',
  urgency: 'needs.urgency_',
  helperGender: 'needs.helper_gender_',
  requesterRelation: 'needs.relation_',
  status: 'needs.line_status_',
};

/** A field's value as a person reads it, whatever the field (need fields, or a line's with `of: 'line'`). */
export function describeFieldValue(field: string, value: unknown, ctx: ReadingContext): string {
  const { t } = ctx;
  if (isEmpty(value)) return t('needs.history.empty');
  const list = (items: string[]) => items.join(t('needs.case.list_separator'));
  if (field in ENUM_PREFIXES) return t(`${ENUM_PREFIXES[field]}${String(value)}`);
  switch (field) {
    case 'online':
      return value ? t('needs.history.yes') : t('needs.history.no');
    case 'timeWindows':
      return (value as Window[]).map((window) => describeTimeWindow(window, ctx)).join('\n');
    case 'rrule':
      return describeRepeat(String(value), ctx);
    case 'skillIds':
      return list((value as string[]).map((id) => ctx.skillName(id) ?? t('needs.history.unknown_skill')));
    case 'languages':
      return list((value as string[]).map((language) => t(`participation.language_${language}`)));
    case 'location': {
      const point = value as { lat: number; lng: number };
      return `${point.lat}, ${point.lng}`;
    }
    case 'recipientId':
      return t('needs.history.record_linked');
    case 'coordinatorAccountId':
      return ctx.memberName(String(value)) ?? t('needs.history.someone');
    case 'plannedStart':
      return ctx.dateTime(String(value));
    case 'minutes':
      return t('needs.lines.minutes_value', { minutes: Number(value) });
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function changesOf(
  changes: { field: string; before?: unknown; after?: unknown }[],
  of: 'need' | 'line',
  ctx: ReadingContext,
): ChangeView[] {
  return changes.map((change) => ({
    field: change.field,
    label: ctx.t(needFieldLabelKey(change.field, of)),
    before: describeFieldValue(change.field, change.before, ctx),
    after: describeFieldValue(change.field, change.after, ctx),
  }));
}

/** What a line is, in a few words: "ボランティアの活動：山田 花子". */
function lineLabel(data: { lineKind: string; label: string | null }, ctx: ReadingContext): string {
  const kind = ctx.t(`needs.line_kind_${data.lineKind}`);
  return data.label ? ctx.t('needs.history.line_label', { kind, label: data.label }) : kind;
}

/** A timeline entry in words, in the interface language, for the case page. */
export function describeTimelineEntry(entry: TNeedTimelineEntry, ctx: ReadingContext): TimelineEntryView {
  const { t } = ctx;
  const view: TimelineEntryView = {
    id: entry.id,
    at: entry.at,
    kind: entry.kind,
    title: t(`needs.timeline_${entry.kind}`),
    summary: '',
    note: null,
    changes: [],
    actorName: entry.actorName,
  };
  switch (entry.kind) {
    case 'created': {
      const channel = t(`needs.channel_${entry.data.channel}`);
      view.summary = entry.data.onBehalfOf
        ? t('needs.history.created_on_behalf', { channel })
        : t('needs.history.created', { channel });
      break;
    }
    case 'status_changed': {
      const { from, to, closureReason, automatic, reason } = entry.data;
      const parts = [t('needs.history.status', { from: t(`needs.status_${from}`), to: t(`needs.status_${to}`) })];
      if (closureReason) parts.push(t('needs.history.closure', { reason: t(`needs.closure_${closureReason}`) }));
      if (automatic) parts.push(t('needs.history.automatic'));
      view.summary = parts.join(' ');
      view.note = reason;
      break;
    }
    case 'revised':
      view.summary = t('needs.history.revised', { count: entry.data.changes.length });
      view.changes = changesOf(entry.data.changes, 'need', ctx);
      break;
    case 'contact':
      view.summary = t('needs.history.contact', {
        kind: t(`needs.contact_kind_${entry.data.contactKind}`),
        party: t(`needs.contact_party_${entry.data.party}`),
      });
      view.note = entry.data.note;
      break;
    case 'resource_line_added':
      view.summary = t('needs.history.line_added', {
        line: lineLabel(entry.data, ctx),
        status: t(`needs.line_status_${entry.data.status}`),
      });
      break;
    case 'resource_line_changed':
      view.summary = lineLabel(entry.data, ctx);
      view.changes = changesOf(entry.data.changes, 'line', ctx);
      break;
    case 'resource_line_removed':
      view.summary = lineLabel(entry.data, ctx);
      break;
    case 'follow_up_recorded':
      view.summary = t('needs.history.follow_up', {
        respondent: t(`needs.respondent_${entry.data.respondent}`),
        name: entry.data.respondentName ?? '—',
        satisfaction: t(`needs.satisfaction_${entry.data.satisfaction}`),
        continue: t(`needs.should_continue_${entry.data.shouldContinue}`),
      });
      break;
    case 'sensitive_note_added':
      view.summary = t('needs.history.sensitive_note', {
        category: t(`needs.sensitive_category_${entry.data.category}`),
      });
      break;
    case 'visit_approved':
    case 'visit_reversed': {
      const { data } = entry;
      const visit = {
        name: data.volunteerName,
        date: ctx.calendarDate(data.serviceDate),
        duration: t('attendance.duration', splitMinutes(data.minutes)),
      };
      if ('reason' in data) {
        view.summary = t('needs.history.visit_reversed', visit);
        view.note = data.reason;
      } else {
        view.summary = t(data.corrected ? 'needs.history.visit_corrected' : 'needs.history.visit_approved', visit);
      }
      break;
    }
    default: {
      // Kinds other modules add (matching's proposals): the volunteer named, their answer, and any reason given.
      const data = (entry as { data?: Record<string, unknown> }).data ?? {};
      const name = typeof data.volunteerName === 'string' ? data.volunteerName : '';
      const answer = data.answer === 'accepted' || data.answer === 'declined' ? data.answer : null;
      view.summary = answer
        ? t('needs.history.person_status', { name, status: t(`needs.line_status_${answer}`) })
        : name;
      const reason = data.reason ?? data.overrideReason;
      view.note = typeof reason === 'string' ? reason : null;
    }
  }
  return view;
}

/** Newest first, whatever order the entries came in (the server sends them so; a merge may not). */
export function newestFirst<T extends { at: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
