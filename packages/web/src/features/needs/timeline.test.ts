import type { TNeedTimelineEntry } from '@musubi/shared';
import { CATALOGS, translate } from '@musubi/shared/i18n';
import { describe, expect, it } from 'vitest';
import { describeRepeat, describeTimelineEntry, newestFirst, type ReadingContext } from './timeline';

const SKILL = '0190a1b2-0000-7000-8000-000000000003';
const MEMBER = '0190a1b2-0000-7000-8000-000000000009';

function context(locale: 'en' | 'ko' | 'ja'): ReadingContext {
  return {
    t: (key, params) => translate(locale, key, params as Record<string, string | number> | undefined),
    skillName: (id) => (id === SKILL ? 'Driving licence' : undefined),
    memberName: (id) => (id === MEMBER ? 'Sakura Yuino' : undefined),
    weekdayName: (weekday) =>
      new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, 0, weekday)),
      ),
    calendarDate: (date) => date,
    dateTime: (iso) => iso,
  };
}

const base = { id: '0190a1b2-0000-7000-8000-0000000000e1', at: '2026-05-02T01:00:00.000Z', actorName: 'Sakura' };

describe('describeTimelineEntry', () => {
  it('says a stage change with its reason, and a closure with why it closed', () => {
    const entry: TNeedTimelineEntry = {
      ...base,
      kind: 'status_changed',
      data: { from: 'assessing', to: 'closed', reason: 'moved away', closureReason: 'withdrawn', automatic: false },
    };
    expect(describeTimelineEntry(entry, context('en'))).toMatchObject({
      title: CATALOGS.en.needs.timeline_status_changed,
      summary: 'Assessing → Closed Closed as: Withdrawn',
      note: 'moved away',
      actorName: 'Sakura',
    });
  });

  it('marks the automatic step to followed up', () => {
    const entry: TNeedTimelineEntry = {
      ...base,
      kind: 'status_changed',
      data: { from: 'completed', to: 'followed_up', reason: null, closureReason: null, automatic: true },
    };
    expect(describeTimelineEntry(entry, context('en')).summary).toBe('Completed → Followed up (automatic)');
  });

  it('shows each revised field with its label and both values in words', () => {
    const entry: TNeedTimelineEntry = {
      ...base,
      kind: 'revised',
      data: {
        changes: [
          { field: 'urgency', before: 'normal', after: 'urgent' },
          { field: 'timeWindows', before: [], after: [{ date: null, weekday: 2, start: '10:00', end: '12:00' }] },
          { field: 'skillIds', before: [SKILL], after: [] },
          { field: 'coordinatorAccountId', before: null, after: MEMBER },
          { field: 'online', before: false, after: true },
          { field: 'rrule', before: null, after: 'FREQ=WEEKLY;BYDAY=TU,TH' },
        ],
      },
    };
    const view = describeTimelineEntry(entry, context('en'));
    expect(view.summary).toBe('6 fields changed');
    expect(view.changes).toEqual([
      { field: 'urgency', label: 'Urgency', before: 'Normal', after: 'Urgent' },
      {
        field: 'timeWindows',
        label: CATALOGS.en.needs.field_time_windows,
        before: '(none)',
        after: 'Every Tuesday 10:00–12:00',
      },
      { field: 'skillIds', label: CATALOGS.en.needs.field_skill_ids, before: 'Driving licence', after: '(none)' },
      {
        field: 'coordinatorAccountId',
        label: CATALOGS.en.needs.field_coordinator_account_id,
        before: '(none)',
        after: 'Sakura Yuino',
      },
      { field: 'online', label: CATALOGS.en.needs.field_online, before: 'No', after: 'Yes' },
      {
        field: 'rrule',
        label: CATALOGS.en.needs.field_rrule,
        before: '(none)',
        after: 'Every week on Tuesday, Thursday',
      },
    ]);
  });

  it('reads a contact, a resource line change and a follow-up in Korean', () => {
    const ko = context('ko');
    const contact: TNeedTimelineEntry = {
      ...base,
      kind: 'contact',
      data: { contactKind: 'call', party: 'recipient', note: '내일 방문 확인' },
    };
    expect(describeTimelineEntry(contact, ko)).toMatchObject({
      title: CATALOGS.ko.needs.timeline_contact,
      summary: `${CATALOGS.ko.needs.contact_party_recipient}: ${CATALOGS.ko.needs.contact_kind_call}`,
      note: '내일 방문 확인',
    });
    const line: TNeedTimelineEntry = {
      ...base,
      kind: 'resource_line_changed',
      data: {
        lineId: base.id,
        lineKind: 'volunteer_time',
        label: '山田 花子',
        changes: [
          { field: 'status', before: 'planned', after: 'done' },
          { field: 'minutes', before: null, after: 90 },
        ],
      },
    };
    const lineView = describeTimelineEntry(line, ko);
    expect(lineView.summary).toBe(`${CATALOGS.ko.needs.line_kind_volunteer_time}: 山田 花子`);
    expect(lineView.changes).toEqual([
      {
        field: 'status',
        label: CATALOGS.ko.needs.line_field_status,
        before: CATALOGS.ko.needs.line_status_planned,
        after: CATALOGS.ko.needs.line_status_done,
      },
      { field: 'minutes', label: CATALOGS.ko.needs.line_field_minutes, before: '(없음)', after: '90분' },
    ]);
    const followUp: TNeedTimelineEntry = {
      ...base,
      kind: 'follow_up_recorded',
      data: {
        followUpId: base.id,
        respondent: 'recipient',
        respondentName: '佐々木 ハル',
        satisfaction: 5,
        shouldContinue: 'yes',
      },
    };
    expect(describeTimelineEntry(followUp, ko).summary).toBe(
      `${CATALOGS.ko.needs.respondent_recipient}(佐々木 ハル): ${CATALOGS.ko.needs.satisfaction_5}・${CATALOGS.ko.needs.should_continue_yes}`,
    );
  });

  it('never carries the content of a sensitive note, only that one was written', () => {
    const entry: TNeedTimelineEntry = {
      ...base,
      kind: 'sensitive_note_added',
      data: { noteId: base.id, category: 'health' },
    };
    const view = describeTimelineEntry(entry, context('ja'));
    expect(view.summary).toContain(CATALOGS.ja.needs.sensitive_category_health);
    expect(view.note).toBeNull();
  });
  it('reads a kind another module adds (a proposal answered) by the volunteer named, the answer and the reason', () => {
    const entry = {
      ...base,
      kind: 'proposal_answered',
      data: { proposalId: base.id, volunteerName: '山田 花子', answer: 'declined', via: 'link', reason: '腰を痛めた' },
    } as unknown as TNeedTimelineEntry;
    expect(describeTimelineEntry(entry, context('en'))).toMatchObject({
      summary: '山田 花子 (Declined)',
      note: '腰を痛めた',
    });
  });
});

describe('describeRepeat', () => {
  it('says who visited on which day and the time credited, credited again or taken back after a correction', () => {
    const data = {
      attendanceId: '0190a1b2-0000-7000-8000-0000000000a1',
      volunteerName: '結野 花',
      serviceDate: '2026-05-01',
      minutes: 90,
      corrected: false,
    };
    const entry: TNeedTimelineEntry = { ...base, kind: 'visit_approved', data };
    expect(describeTimelineEntry(entry, context('ja'))).toMatchObject({
      title: '訪問の承認',
      summary: '結野 花　2026-05-01：1時間30分を認定',
    });
    const corrected: TNeedTimelineEntry = {
      ...base,
      kind: 'visit_approved',
      data: { ...data, minutes: 60, corrected: true },
    };
    expect(describeTimelineEntry(corrected, context('en')).summary).toBe(
      '結野 花, 2026-05-01: 1 h 0 min credited after a correction',
    );
    const reversed: TNeedTimelineEntry = {
      ...base,
      kind: 'visit_reversed',
      data: { ...data, reason: '事務所での作業だった' },
    };
    expect(describeTimelineEntry(reversed, context('ko'))).toMatchObject({
      title: '방문 인정 취소',
      summary: '結野 花, 2026-05-01: 정정을 위해 1시간 30분 취소',
      note: '事務所での作業だった',
    });
  });

  it('says monthly patterns with the week and quotes other rules', () => {
    expect(describeRepeat('FREQ=MONTHLY;BYDAY=2TU', context('en'))).toBe('Every month on the second Tuesday');
    expect(describeRepeat('FREQ=DAILY;COUNT=3', context('en'))).toBe('Rule: FREQ=DAILY;COUNT=3');
    expect(describeRepeat(null, context('en'))).toBe('Does not repeat');
  });
});

describe('newestFirst', () => {
  it('orders entries newest first', () => {
    const entries = [
      { at: '2026-05-01T00:00:00.000Z' },
      { at: '2026-05-03T00:00:00.000Z' },
      { at: '2026-05-02T00:00:00.000Z' },
    ];
    expect(newestFirst(entries).map((e) => e.at.slice(8, 10))).toEqual(['03', '02', '01']);
  });
});
