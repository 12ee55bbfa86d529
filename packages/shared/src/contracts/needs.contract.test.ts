import { describe, expect, it } from 'vitest';
import { hasMessage } from '../i18n';
import { LOCALES } from '../locales';
import {
  CONSENT_METHODS,
  CONTACT_KINDS,
  CONTACT_PARTIES,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_RESPONDENTS,
  HELPER_GENDERS,
  NEED_CHANNELS,
  NEED_CLOSURE_REASONS,
  NEED_KINDS,
  NEED_REVISION_FIELDS,
  NEED_STATUSES,
  NEED_TIMELINE_KINDS,
  NEED_TRANSITIONS,
  NEED_URGENCIES,
  needFieldLabelKey,
  RECIPIENT_CONSENT_PURPOSES,
  REFERRAL_TARGET_KINDS,
  REQUESTER_RELATIONS,
  RESOURCE_LINE_KINDS,
  RESOURCE_LINE_STATUSES,
  RESOURCE_LINE_STATUSES_BY_KIND,
  SENSITIVE_NOTE_CATEGORIES,
  SHOULD_CONTINUE_ANSWERS,
  ZNeedTimelineEntry,
  ZNeedTimeWindow,
  ZNeedTransitionRequest,
  ZUpdateResourceLineRequest,
} from './needs.contract';

describe('need transition map', () => {
  it('lets every open state close, keeps closed final, and never loops a state onto itself', () => {
    for (const status of NEED_STATUSES) {
      expect(NEED_TRANSITIONS[status].includes(status), status).toBe(false);
      if (status !== 'closed') expect(NEED_TRANSITIONS[status], status).toContain('closed');
    }
    expect(NEED_TRANSITIONS.closed).toEqual([]);
  });

  it('reaches every state from new (followed_up through the first follow-up answer)', () => {
    const reached = new Set<string>(['new']);
    const queue: string[] = ['new'];
    while (queue.length > 0) {
      const from = queue.shift() as keyof typeof NEED_TRANSITIONS;
      const next = [...NEED_TRANSITIONS[from], ...(from === 'completed' ? ['followed_up' as const] : [])];
      for (const to of next) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...NEED_STATUSES].sort());
  });

  it('asks for a closure reason exactly when closing', () => {
    expect(ZNeedTransitionRequest.safeParse({ to: 'closed' }).success).toBe(false);
    expect(ZNeedTransitionRequest.safeParse({ to: 'closed', closureReason: 'withdrawn' }).success).toBe(true);
    expect(ZNeedTransitionRequest.safeParse({ to: 'matching', closureReason: 'withdrawn' }).success).toBe(false);
  });
});

describe('need contracts', () => {
  it('takes a time window on a date or on a weekday, never both or neither', () => {
    expect(ZNeedTimeWindow.parse({ weekday: 2, start: '10:00', end: '12:00' })).toEqual({
      date: null,
      weekday: 2,
      start: '10:00',
      end: '12:00',
    });
    expect(ZNeedTimeWindow.safeParse({ date: '2026-05-01', weekday: 5, start: '10:00', end: '12:00' }).success).toBe(
      false,
    );
    expect(ZNeedTimeWindow.safeParse({ start: '10:00', end: '12:00' }).success).toBe(false);
    expect(ZNeedTimeWindow.safeParse({ weekday: 1, start: '12:00', end: '10:00' }).success).toBe(false);
  });

  it('lists every line status under some kind of line', () => {
    const used = new Set(Object.values(RESOURCE_LINE_STATUSES_BY_KIND).flat());
    expect([...used].sort()).toEqual([...RESOURCE_LINE_STATUSES].sort());
    expect(ZUpdateResourceLineRequest.safeParse({ kind: 'money' }).success).toBe(false);
  });
});

describe('needs vocabulary', () => {
  it('has a label in every language for every value the web shows', () => {
    const keys = [
      ...NEED_KINDS.map((v) => `needs.kind_${v}`),
      ...NEED_CHANNELS.map((v) => `needs.channel_${v}`),
      ...NEED_URGENCIES.map((v) => `needs.urgency_${v}`),
      ...HELPER_GENDERS.map((v) => `needs.helper_gender_${v}`),
      ...REQUESTER_RELATIONS.map((v) => `needs.relation_${v}`),
      ...NEED_STATUSES.map((v) => `needs.status_${v}`),
      ...NEED_CLOSURE_REASONS.map((v) => `needs.closure_${v}`),
      ...RECIPIENT_CONSENT_PURPOSES.map((v) => `needs.consent_purpose_${v}`),
      ...CONSENT_METHODS.map((v) => `needs.consent_method_${v}`),
      ...SENSITIVE_NOTE_CATEGORIES.map((v) => `needs.sensitive_category_${v}`),
      ...RESOURCE_LINE_KINDS.map((v) => `needs.line_kind_${v}`),
      ...RESOURCE_LINE_STATUSES.map((v) => `needs.line_status_${v}`),
      ...REFERRAL_TARGET_KINDS.map((v) => `needs.referral_target_${v}`),
      ...FOLLOW_UP_RESPONDENTS.map((v) => `needs.respondent_${v}`),
      ...SHOULD_CONTINUE_ANSWERS.map((v) => `needs.should_continue_${v}`),
      ...FOLLOW_UP_METHODS.map((v) => `needs.follow_up_method_${v}`),
      ...[1, 2, 3, 4, 5].map((v) => `needs.satisfaction_${v}`),
      ...CONTACT_KINDS.map((v) => `needs.contact_kind_${v}`),
      ...CONTACT_PARTIES.map((v) => `needs.contact_party_${v}`),
      ...NEED_TIMELINE_KINDS.map((v) => `needs.timeline_${v}`),
      ...NEED_REVISION_FIELDS.map((field) => needFieldLabelKey(field)),
      ...Object.keys(ZUpdateResourceLineRequest.shape).map((field) => needFieldLabelKey(field, 'line')),
    ];
    for (const locale of LOCALES) {
      expect({ locale, missing: keys.filter((key) => !hasMessage(key, locale)) }).toEqual({ locale, missing: [] });
    }
  });
});

describe('timeline entries', () => {
  it('has an entry shape for every kind a module may write (else the case page would fail on it)', () => {
    const shaped = ZNeedTimelineEntry.options.map((option) => option.shape.kind.value);
    expect([...shaped].sort()).toEqual([...NEED_TIMELINE_KINDS].sort());
  });
});
