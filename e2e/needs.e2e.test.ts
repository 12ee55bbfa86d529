import { CATALOGS, MATCHING_FACTORS, translate } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORG_KEYS, generateDemoNetwork } from '../packages/server/src/demo/demo-data';
import { expectAccessible, flip } from './support/browser';
import { type DemoSession, heading, openCouncilCoordinatorSession } from './support/demo-session';
import type { RunningMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;
const ko = CATALOGS.ko;
const optional = (label: string) => ja.common.optional.replace('{label}', label);
const fill = (message: string, values: Record<string, string>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replace(`{${key}}`, value), message);

/** The social welfare council's administrator (reads the audit log, changes the request form). */
const COUNCIL_ADMIN = 'hiroshi.kikuchi@shakyo.musubino.example.org';
const CASE_URL = /\/needs\/[0-9a-f-]{36}$/;

/** A volunteer of the council in the demo network who reads Japanese and signs in by e-mail, by name. */
function councilVolunteer(name: string) {
  return generateDemoNetwork().people.find(
    (person) =>
      person.name === name &&
      person.locale === 'ja' &&
      person.memberships.some((m) => m.orgKey === DEMO_ORG_KEYS.welfareCouncil && m.role === 'volunteer'),
  );
}

/** The call: a daughter asks for her mother, who lives alone and is not on record yet. */
const CALL = {
  requester: '内田 恵子',
  requesterPhone: '090-3333-4444',
  recipient: '内田 キミ',
  reading: 'うちだ きみ',
  readingInKatakana: 'ウチダ キミ',
  birthDate: '1935-10-08',
  address: '結び野市東町7-3-2',
  title: '週1回の買い物の付き添い',
  description: '足が弱くなり、重い物を持って帰れない。火曜の午前中が希望。',
  sensitive: '軽い認知症の診断あり。長女は隣の市に住んでいる。',
};

describe('requests: a phone request for an elderly person from intake to follow-up (in Japanese, then read in Korean)', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let browser: Browser;
  /** The coordinator of the social welfare council's volunteer center. */
  let page: Page;
  let caseUrl: string;
  let councilId: string;
  let volunteerName: string;
  let volunteerEmail: string;

  beforeAll(async () => {
    const opened = await openCouncilCoordinatorSession();
    session = opened;
    ({ musubi, browser, page } = opened);
    councilId = opened.council.orgId;
  });
  afterAll(() => session?.close());

  const status = () => page.getByTestId('need-status').textContent();

  it('takes a phone request for a new recipient, with a restricted note, while on the phone', async () => {
    await page.getByTestId('nav-needs').click();
    await page.waitForURL('**/needs');
    await expect.poll(() => heading(page)).toBe(ja.needs.board.title);
    await expect.poll(() => page.getByTestId('need-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'requests board');

    await page.getByTestId('new-need').click();
    await page.waitForURL('**/needs/new');
    await expect.poll(() => heading(page)).toBe(ja.needs.intake.title);
    const form = page.getByTestId('intake-form');
    await expectAccessible(page, 'intake form');

    expect(await form.getByTestId('need-channel').inputValue()).toBe('phone');
    await form.getByTestId('urgency-high').check();
    await form.getByTestId('requester-relation').selectOption('family');
    await form.getByLabel(optional(ja.needs.field_requester_name), { exact: true }).fill(CALL.requester);
    await form.getByLabel(optional(ja.needs.field_requester_phone), { exact: true }).fill(CALL.requesterPhone);

    // Not on record: the search finds nobody, and the name typed there starts the new record.
    await form.getByTestId('recipient-search').fill(CALL.recipient);
    await expect.poll(() => form.getByText(ja.needs.intake.recipient_none_found).count()).toBe(1);
    await form.getByTestId('recipient-create-instead').click();
    const recipient = form.getByTestId('new-recipient');
    const recipientName = recipient.getByLabel(ja.needs.recipients.fields.name, { exact: true });
    await expect.poll(() => recipientName.inputValue()).toBe(CALL.recipient);
    await recipient.getByLabel(optional(ja.needs.recipients.fields.name_reading), { exact: true }).fill(CALL.reading);
    await recipient.getByLabel(optional(ja.needs.recipients.fields.birth_date), { exact: true }).fill(CALL.birthDate);
    await recipient.getByLabel(optional(ja.needs.recipients.fields.address), { exact: true }).fill(CALL.address);
    await recipient.getByTestId('consent-record_keeping').check();
    await recipient.getByTestId('consent-sensitive_data').check();
    await recipient.getByTestId('consent-method').selectOption('through_someone');
    await recipient.getByRole('button', { name: ja.needs.intake.use_address }).click();
    const place = form.getByRole('group', { name: ja.needs.intake.sections.place });
    expect(await place.getByLabel(optional(ja.needs.field_address), { exact: true }).inputValue()).toBe(CALL.address);

    await flip(page.getByTestId('on-behalf'));
    await form.getByTestId('on-behalf-method').selectOption('through_someone');

    await form.getByTestId('need-kind').selectOption('shopping');
    await form.getByTestId('need-title').fill(CALL.title);
    await form.getByTestId('need-description').fill(CALL.description);
    await form.getByTestId('time-window-add').click();
    const window = form.getByTestId('time-window-row');
    await window.getByLabel(ja.needs.intake.window_on, { exact: true }).selectOption('weekday');
    await window.getByLabel(ja.needs.intake.window_weekday, { exact: true }).selectOption('2');
    await window.getByLabel(ja.needs.intake.window_start, { exact: true }).fill('10:00');
    await window.getByLabel(ja.needs.intake.window_end, { exact: true }).fill('12:00');
    await form.getByTestId('repeat-kind').selectOption('weekly');
    await form.getByTestId('repeat-day-TU').check();
    await form.getByTestId('sensitive-note-body').fill(CALL.sensitive);
    await expectAccessible(page, 'intake form filled in');

    await form.getByTestId('intake-submit').click();
    await page.waitForURL(CASE_URL);
    caseUrl = page.url();
    await expect.poll(() => heading(page)).toBe(CALL.title);
    expect(await status()).toContain(ja.needs.status_new);
    const summary = page.getByTestId('need-summary');
    expect(await summary.getByTestId('recipient-link').textContent()).toBe(CALL.recipient);
    expect(await summary.textContent()).toContain(fill(ja.needs.repeat.weekly_on, { days: '火曜日' }));
    expect(await page.getByTestId('sensitive-count').textContent()).toBe(
      translate('ja', 'needs.sensitive.count', { count: 1 }),
    );
    // The note itself shows nowhere until asked for.
    expect(await page.locator('main').textContent()).not.toContain(CALL.sensitive);
    await expectAccessible(page, 'case page of the new request');
  });

  it('finds the request on the board by the recipient reading in katakana, urgent ones marked in words', async () => {
    await page.getByTestId('nav-needs').click();
    await page.waitForURL('**/needs');
    await page.getByTestId('stage-new').click();
    await expect.poll(() => page.getByTestId('stage-new').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('need-search').fill(CALL.readingInKatakana);
    const rows = page.getByTestId('need-row');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(CALL.title)]);
    const row = await rows.textContent();
    expect(row).toContain(CALL.recipient);
    expect(row).toContain(fill(ja.needs.case.urgency_label, { urgency: ja.needs.urgency_high }));
    expect(row).toContain(ja.needs.status_new);
    await expectAccessible(page, 'requests board filtered');
    await rows.getByRole('link', { name: CALL.title }).click();
    await page.waitForURL(caseUrl);
  });

  it('moves the case to assessing and matching, each step with a why, and logs a call', async () => {
    await page.getByTestId('stage-step-assessing').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('stage-reason').fill('長女と電話で状況を確認');
    await expectAccessible(page, 'stage dialog');
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(status).toContain(ja.needs.status_assessing);

    // Only the legal next steps are offered, from the shared map.
    const steps = page.getByTestId('stage-panel').getByRole('button');
    await expect
      .poll(() => steps.allTextContents())
      .toEqual([fill(ja.needs.case.move_to, { stage: ja.needs.status_matching }), ja.needs.case.close]);
    await page.getByTestId('stage-step-matching').click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(status).toContain(ja.needs.status_matching);

    await page.getByTestId('contact-add').click();
    const contact = page.getByTestId('contact-form');
    await contact.getByTestId('contact-party').selectOption('recipient');
    await contact.getByTestId('contact-note').fill('本人と話し、火曜の午前で了解を得た');
    await expectAccessible(page, 'contact form');
    await contact.getByTestId('contact-submit').click();
    const entries = page.getByTestId('timeline-entry');
    await expect.poll(() => entries.first().textContent()).toContain('本人と話し、火曜の午前で了解を得た');
    expect(await entries.first().getByTestId('timeline-title').textContent()).toBe(ja.needs.timeline_contact);
    const stageChanges = page.locator('[data-testid="timeline-entry"][data-kind="status_changed"]');
    expect(await stageChanges.allTextContents()).toEqual([
      expect.stringContaining(`${ja.needs.status_assessing} → ${ja.needs.status_matching}`),
      expect.stringContaining('長女と電話で状況を確認'),
    ]);
    // Candidates (matching) have their place on the page.
    expect(await page.locator('#candidates').count()).toBe(1);
    await expectAccessible(page, 'case page with a history');
  });

  it('changes the request as the situation changes, the change kept with its value before and after', async () => {
    await page.getByTestId('need-edit').click();
    const form = page.getByTestId('need-edit-form');
    await expect.poll(() => form.count()).toBe(1);
    await expectAccessible(page, 'edit form of a request');
    await form.getByTestId('urgency-urgent').check();
    await form.getByTestId('need-save').click();
    await expect.poll(() => form.count()).toBe(0);
    const revision = page.locator('[data-testid="timeline-entry"][data-kind="revised"]');
    await expect.poll(() => revision.count()).toBe(1);
    const row = revision.getByTestId('timeline-changes').getByRole('row', { name: ja.needs.field_urgency });
    expect(await row.allTextContents()).toEqual([
      `${ja.needs.field_urgency}${ja.needs.urgency_high}${ja.needs.urgency_urgent}`,
    ]);
    expect(await page.getByTestId('stage-panel').textContent()).toContain(
      fill(ja.needs.case.urgency_label, { urgency: ja.needs.urgency_urgent }),
    );
  });

  it('shows the sensitive note only when a coordinator asks, saying that the reading is recorded', async () => {
    const notes = page.getByTestId('sensitive-notes');
    expect(await notes.textContent()).toContain(ja.needs.sensitive.audit_notice);
    expect(await notes.getByTestId('sensitive-note').count()).toBe(0);
    await notes.getByTestId('sensitive-show').click();
    const note = notes.getByTestId('sensitive-note');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain(CALL.sensitive);
    expect(await note.textContent()).toContain(ja.needs.sensitive_category_health);
    await expectAccessible(page, 'sensitive notes shown');
    await notes.getByTestId('sensitive-hide').click();
    await expect.poll(() => note.count()).toBe(0);

    // The reading itself is in the council's audit log, for its administrator to see.
    const admin = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(admin, musubi.baseUrl, COUNCIL_ADMIN);
    await admin.goto(`${musubi.baseUrl}/audit`);
    await expect.poll(() => admin.getByText(ja.audit.actions.SENSITIVE_NOTE_READ, { exact: true }).count()).toBe(1);
    await admin.context().close();
  });

  it('ranks the volunteers with the why and the points per factor, and asks one of the council', async () => {
    const panel = page.getByTestId('candidates');
    const cards = panel.getByTestId('candidate');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    // The first: why in one Japanese sentence from the reasons (free on Tuesdays, as asked), and each factor in numbers.
    const first = cards.first();
    expect(await first.getAttribute('data-rank')).toBe('1');
    expect(await first.getByTestId('candidate-why').textContent()).toContain(
      fill(ja.matching.reason_free_on, { days: ja.matching.weekday_2 }),
    );
    const factors = first.getByTestId('candidate-factors');
    expect(await factors.locator('dt').allTextContents()).toEqual(
      MATCHING_FACTORS.map((factor) => ja.matching[`factor_${factor}`]),
    );
    expect(await factors.locator('[data-factor="availability"] dd').textContent()).toMatch(/^\d+(\.\d)? \/ \d+$/);
    expect(await first.getByTestId('candidate-total').textContent()).toMatch(/^\d+(\.\d)? \/ \d+(\.\d)?点$/);
    await expectAccessible(page, 'candidates');

    // Someone of the council without a warning, who can sign in to answer.
    let chosen = first;
    let rank = 0;
    for (let index = 0; index < (await cards.count()); index++) {
      const card = cards.nth(index);
      const name = (await card.getAttribute('data-name')) ?? '';
      if ((await card.getAttribute('data-org-id')) !== councilId) continue;
      if ((await card.getByTestId('candidate-warnings').count()) > 0) continue;
      const person = councilVolunteer(name);
      if (!person) continue;
      chosen = card;
      rank = Number(await card.getAttribute('data-rank'));
      volunteerName = name;
      volunteerEmail = person.email;
      break;
    }
    expect(rank).toBeGreaterThan(0);
    await chosen.getByTestId('candidate-select').check();
    await page.getByTestId('propose').click();
    const dialog = page.getByTestId('propose-dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getByTestId('propose-person').textContent()).toContain(volunteerName);
    // Passing over higher-ranked people may be explained; it goes into the case history.
    const reason = dialog.getByTestId('override-reason');
    expect(await reason.count()).toBe(rank > 1 ? 1 : 0);
    if (rank > 1) await reason.fill('ご近所で、ご本人とも顔なじみ');
    await dialog.getByTestId('propose-message').fill('ご本人は買い物のあと少しお話しするのを楽しみにしています');
    await expectAccessible(page, 'propose dialog');
    await dialog.getByTestId('propose-send').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(status).toContain(ja.needs.status_proposed);
    const row = page.getByTestId('proposal-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(volunteerName);
    expect(await row.getByTestId('proposal-status').textContent()).toBe(ja.matching.proposal_status_proposed);
    await expectAccessible(page, 'case page with a proposal');
  });

  it('lets the volunteer accept from their own page, seeing no name or address of the person helped', async () => {
    const volunteer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(volunteer, musubi.baseUrl, volunteerEmail);
    await volunteer.goto(`${musubi.baseUrl}/me/proposals`);
    await expect.poll(() => heading(volunteer)).toBe(ja.matching.ui.offer.my_title);
    const offer = volunteer.getByTestId('offers-waiting').getByTestId('proposal-offer');
    await expect.poll(() => offer.count()).toBe(1);
    const text = (await offer.textContent()) ?? '';
    expect(text).toContain(CALL.title);
    expect(text).toContain('ご本人は買い物のあと少しお話しするのを楽しみにしています');
    expect(text).not.toContain(CALL.recipient);
    expect(text).not.toContain(CALL.address);
    await expectAccessible(volunteer, 'requests for me');
    await offer.getByTestId('offer-accept').click();
    const outcome = offer.getByTestId('offer-outcome');
    await expect.poll(() => outcome.textContent()).toBe(ja.matching.ui.offer.outcome_accepted_now);
    await expectAccessible(volunteer, 'request accepted');
    await volunteer.context().close();
  });

  it('confirms the volunteer who accepted (the council confirms by hand), then completes the case', async () => {
    await page.reload();
    const row = page.getByTestId('proposal-row');
    await expect
      .poll(() => row.getByTestId('proposal-status').textContent())
      .toBe(ja.matching.proposal_status_accepted);
    expect(await page.getByTestId('proposals').textContent()).toContain(
      fill(ja.matching.ui.proposals.mode, { mode: ja.matching.mode_coordinator_confirms }),
    );
    await row.getByTestId('proposal-confirm').click();
    const confirm = page.getByRole('dialog');
    await expect.poll(() => confirm.count()).toBe(1);
    await confirm.getByTestId('confirm').click();
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(status).toContain(ja.needs.status_confirmed);
    expect(await row.getByTestId('proposal-status').textContent()).toBe(ja.matching.proposal_status_confirmed);
    // The volunteer's time is a line of the case now.
    const lines = page.getByTestId('resource-line');
    await expect.poll(() => lines.count()).toBe(1);
    expect(await lines.textContent()).toContain(volunteerName);
    expect(await lines.textContent()).toContain(ja.needs.line_status_confirmed);
    await expectAccessible(page, 'case confirmed');

    const dialog = page.getByRole('dialog');
    await page.getByTestId('stage-step-completed').click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('confirm').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(status).toContain(ja.needs.status_completed);
    expect(await page.getByTestId('stage-panel').textContent()).toContain(ja.needs.case.completed_hint);

    // Completed and not followed up yet: on the board's list of calls to make.
    await page.getByTestId('nav-needs').click();
    await page.waitForURL('**/needs');
    const due = page.getByTestId('follow-up-due').filter({ hasText: CALL.title });
    await expect.poll(() => due.count()).toBe(1);
    await due.getByRole('link', { name: CALL.title }).click();
    await page.waitForURL(caseUrl);
  });

  it("records the recipient's follow-up answers, and the case is followed up", async () => {
    await page.getByTestId('follow-up-add').click();
    const form = page.getByTestId('follow-up-form');
    expect(await form.getByTestId('follow-up-respondent').inputValue()).toBe('recipient');
    await form.getByTestId('satisfaction-5').check();
    await form.getByTestId('continue-yes').check();
    await form.getByTestId('follow-up-comment').fill('毎週来てもらえて助かる');
    await expectAccessible(page, 'follow-up form');
    await form.getByTestId('follow-up-submit').click();
    await expect.poll(status).toContain(ja.needs.status_followed_up);
    const answers = page.getByTestId('follow-up');
    await expect.poll(() => answers.count()).toBe(1);
    expect(await answers.textContent()).toContain(ja.needs.satisfaction_5);
    const automatic = page.locator('[data-testid="timeline-entry"][data-kind="status_changed"]').first();
    await expect.poll(() => automatic.textContent()).toContain(ja.needs.history.automatic);
    await expectAccessible(page, 'case followed up');
  });

  it('reads the same case in Korean: stages, contacts and answers in Korean words', async () => {
    await page.getByTestId('language-switcher').selectOption('ko');
    await expect.poll(() => page.getByTestId('nav-needs').textContent()).toBe(ko.nav.needs);
    await expect.poll(status).toContain(ko.needs.status_followed_up);
    const timeline = page.getByTestId('timeline');
    expect(await timeline.getByRole('heading', { level: 2 }).textContent()).toBe(ko.needs.case.timeline);
    const titles = await timeline.getByTestId('timeline-title').allTextContents();
    expect(titles).toEqual(
      expect.arrayContaining([
        ko.needs.timeline_created,
        ko.needs.timeline_status_changed,
        ko.needs.timeline_contact,
        ko.needs.timeline_resource_line_added,
        ko.needs.timeline_proposal_made,
        ko.needs.timeline_proposal_answered,
        ko.needs.timeline_proposal_confirmed,
        ko.needs.timeline_follow_up_recorded,
        ko.needs.timeline_sensitive_note_added,
      ]),
    );
    const text = (await timeline.textContent()) ?? '';
    expect(text).toContain(`${ko.needs.status_assessing} → ${ko.needs.status_matching}`);
    expect(text).toContain(`${ko.needs.status_completed} → ${ko.needs.status_followed_up}`);
    expect(text).toContain(`${ko.needs.contact_party_recipient}: ${ko.needs.contact_kind_call}`);
    expect(text).toContain(ko.needs.satisfaction_5);
    expect(text).toContain(`${ko.needs.field_urgency}${ko.needs.urgency_high}${ko.needs.urgency_urgent}`);
    expect(text).toContain(fill(ko.needs.history.created_on_behalf, { channel: ko.needs.channel_phone }));
    expect(text).not.toContain(ja.needs.status_matching);
    const proposals = page.getByTestId('proposals');
    expect(await proposals.getByTestId('proposal-status').textContent()).toBe(ko.matching.proposal_status_confirmed);
    expect(await proposals.getByRole('heading', { level: 2 }).textContent()).toBe(ko.matching.ui.proposals.title);
    expect(await page.locator('main').textContent()).not.toContain(CALL.sensitive);
    await expectAccessible(page, 'case page in Korean');
    await page.getByTestId('language-switcher').selectOption('ja');
    await expect.poll(() => page.getByTestId('nav-needs').textContent()).toBe(ja.nav.needs);
  });

  it("keeps the person's record with the consents given through their daughter and this request in its history", async () => {
    await page.getByTestId('recipient-link').click();
    await expect.poll(() => heading(page)).toBe(CALL.recipient);
    const consent = page.getByTestId('recipient-consent-record_keeping');
    await expect.poll(() => consent.textContent()).toContain(ja.needs.recipients.consent_granted);
    expect(await consent.textContent()).toContain(ja.needs.consent_method_through_someone);
    expect(await page.getByTestId('recipient-needs').textContent()).toContain(CALL.title);
    await expectAccessible(page, 'recipient page');
    await page.getByTestId('nav-recipients').click();
    await page.waitForURL('**/recipients');
    await page.getByTestId('recipient-list-search').fill(CALL.reading);
    const rows = page.getByTestId('recipient-row');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(CALL.recipient)]);
    await expectAccessible(page, 'recipients list');
  });
});

describe('a request mailed to a volunteer, answered through its link without signing in', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let page: Page;
  let caseUrl: string;
  let volunteerName: string;
  /** The demo leaves this request in matching, with nobody asked yet (the clean-up already has answers). */
  const VISIT = '中国語で話せる方に、父を訪ねてほしい';
  const status = () => page.getByTestId('need-status').textContent();

  beforeAll(async () => {
    const opened = await openCouncilCoordinatorSession();
    session = opened;
    ({ musubi, page } = opened);
  });
  afterAll(() => session?.close());

  it('asks the best-ranked volunteer to visit a father who speaks Chinese', async () => {
    await page.goto(`${musubi.baseUrl}/needs?stage=matching`);
    const row = page.getByTestId('need-row').filter({ hasText: VISIT });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link', { name: VISIT }).click();
    await page.waitForURL(CASE_URL);
    caseUrl = page.url();
    const first = page.getByTestId('candidate').first();
    await expect.poll(() => first.count()).toBe(1);
    volunteerName = (await first.getAttribute('data-name')) ?? '';
    await first.getByTestId('candidate-select').check();
    await page.getByTestId('propose').click();
    const dialog = page.getByTestId('propose-dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    // Someone with a warning needs a reason before the request goes.
    if ((await first.getByTestId('candidate-warnings').count()) > 0) {
      await dialog.getByTestId('propose-send').click();
      await expect.poll(() => dialog.getByText(ja.matching.ui.propose.reason_required).count()).toBe(1);
      await dialog.getByTestId('override-reason').fill('中国語を話せる方が限られるため');
    }
    await dialog.getByTestId('propose-send').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(status).toContain(ja.needs.status_proposed);
  });

  it('shows the request from the mailed link, takes a decline with its reason, and says so again later', async () => {
    // No SMTP here: the council's administrator reads the mail in the outbox.
    const admin = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(admin, musubi.baseUrl, COUNCIL_ADMIN);
    await admin.goto(`${musubi.baseUrl}/outbox`);
    const mail = admin.getByTestId('outbox-message').filter({ hasText: VISIT }).first();
    await expect.poll(() => mail.count()).toBe(1);
    await mail.getByRole('button').first().click();
    const text = (await mail.getByTestId('outbox-text').textContent()) ?? '';
    const link = /https?:\/\/\S+\/proposals\/[A-Za-z0-9_-]{43}/.exec(text)![0];
    await admin.context().close();

    const visitor = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await visitor.goto(link.replace(/^https?:\/\/[^/]+/, musubi.baseUrl));
    const offer = visitor.getByTestId('proposal-offer');
    await expect.poll(() => offer.count()).toBe(1);
    expect(await heading(visitor)).toBe(ja.matching.ui.offer.link_title);
    expect(await offer.textContent()).toContain(VISIT);
    expect(await offer.textContent()).toContain(fill(ja.matching.ui.offer.greeting, { name: volunteerName }));
    await expectAccessible(visitor, 'request link page');
    await offer.getByTestId('offer-decline').click();
    const dialog = visitor.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByTestId('reason').fill('その週は帰省しています');
    await expectAccessible(visitor, 'decline dialog');
    await dialog.getByTestId('confirm').click();
    const outcome = offer.getByTestId('offer-outcome');
    await expect.poll(() => outcome.textContent()).toBe(ja.matching.ui.offer.outcome_declined_now);
    expect(await offer.getByTestId('offer-accept').count()).toBe(0);
    await expectAccessible(visitor, 'request declined');
    await visitor.reload();
    await expect.poll(() => outcome.textContent()).toBe(ja.matching.ui.offer.outcome_already_declined);
    await visitor.context().close();
  });

  it('shows the coordinator the decline and its reason; the case looks again, the person now excluded', async () => {
    await page.goto(caseUrl);
    const row = page.getByTestId('proposal-row');
    await expect
      .poll(() => row.getByTestId('proposal-status').textContent())
      .toBe(ja.matching.proposal_status_declined);
    expect(await row.textContent()).toContain('その週は帰省しています');
    expect(await row.textContent()).toContain(ja.matching.answer_via_link);
    await expect.poll(status).toContain(ja.needs.status_matching);
    await page.getByTestId('excluded-toggle').click();
    const excluded = page.getByTestId('excluded-person').filter({ hasText: volunteerName });
    await expect.poll(() => excluded.count()).toBe(1);
    expect(await excluded.textContent()).toContain(ja.matching.exclusion_DECLINED);
    expect(await page.getByTestId('candidate').filter({ hasText: volunteerName }).count()).toBe(0);
    await expectAccessible(page, 'candidates with the excluded shown');
  });

  it('lets the administrator choose that the first acceptance confirms, and change a weight', async () => {
    const admin = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(admin, musubi.baseUrl, COUNCIL_ADMIN);
    await admin.goto(`${musubi.baseUrl}/needs`);
    const form = admin.getByTestId('matching-settings-form');
    await expect.poll(() => form.count()).toBe(1);
    await form.getByTestId('matching-mode-first_accept').check();
    await form.getByTestId('matching-weight-distance').fill('5');
    await expectAccessible(admin, 'matching settings');
    await form.getByTestId('matching-settings-save').click();
    await expect.poll(() => admin.getByText(ja.matching.ui.settings.saved).count()).toBe(1);
    await admin.reload();
    await expect.poll(() => form.getByTestId('matching-mode-first_accept').isChecked()).toBe(true);
    expect(await form.getByTestId('matching-weight-distance').inputValue()).toBe('5');
    await admin.context().close();

    // The coordinator's case reads the new rule.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('proposals').textContent())
      .toContain(fill(ja.matching.ui.proposals.mode, { mode: ja.matching.mode_first_accept }));
  });
});

describe('the public request page', () => {
  let session: DemoSession;
  let musubi: RunningMusubi;
  let orgId: string;
  let orgName: string;

  beforeAll(async () => {
    const opened = await openCouncilCoordinatorSession();
    session = opened;
    musubi = opened.musubi;
    ({ orgId, orgName } = opened.council);
  });
  afterAll(() => session?.close());

  it('takes a request from a neighbour without signing in, says what happens next, and lands on the board', async () => {
    const visitor = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await visitor.goto(`${musubi.baseUrl}/request/${orgId}`);
    const form = visitor.getByTestId('request-form');
    await expect.poll(() => form.count()).toBe(1);
    expect(await heading(visitor)).toBe(fill(ja.needs.request.title_named, { orgName }));
    await expectAccessible(visitor, 'public request form');

    await form.getByTestId('request-relation-neighbour').check();
    await form.getByTestId('request-name').fill('岡田 和子');
    await form.getByLabel(optional(ja.needs.request.recipient_name), { exact: true }).fill('森 ツル');
    await form.getByTestId('request-kind').selectOption('visit_conversation');
    await form.getByTestId('request-title').fill('ひとり暮らしで話し相手がほしい');
    await form.getByTestId('request-submit').click();
    // Neither a phone nor an e-mail yet, nor the consent: said on the fields.
    await expect.poll(() => form.getByText(CATALOGS.ja.validation.contact_required).count()).toBe(1);
    expect(await form.getByText(CATALOGS.ja.validation.consent_required).count()).toBe(1);
    await expectAccessible(visitor, 'public request form with errors');

    await form.getByTestId('request-phone').fill('03-5555-7777');
    await form.getByTestId('request-consent').check();
    await form.getByTestId('request-submit').click();
    const thanks = visitor.getByTestId('request-thanks');
    await expect.poll(() => thanks.count()).toBe(1);
    expect(await thanks.textContent()).toContain(ja.needs.request.next_call);
    expect(await thanks.textContent()).toMatch(/\d{4}-\d{4}/);
    await expectAccessible(visitor, 'public request thanks');

    const page = session.page;
    await page.getByTestId('nav-needs').click();
    await page.waitForURL('**/needs');
    const row = page.getByTestId('need-row').filter({ hasText: 'ひとり暮らしで話し相手がほしい' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(ja.needs.channel_public_form);
    await visitor.context().close();
  });

  it('shows the closed notice once an administrator stops online requests', async () => {
    const admin = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(admin, musubi.baseUrl, COUNCIL_ADMIN);
    await admin.goto(`${musubi.baseUrl}/needs`);
    const settings = admin.getByTestId('need-settings-form');
    await expect.poll(() => settings.count()).toBe(1);
    await flip(admin.getByTestId('public-requests-open'));
    await admin.getByTestId('need-settings-save').click();
    await expect.poll(() => admin.getByTestId('need-settings').textContent()).toContain(ja.needs.settings.closed);
    await expectAccessible(admin, 'requests board with settings');

    const visitor = await (await session.browser.newContext({ locale: 'ja-JP' })).newPage();
    await visitor.goto(`${musubi.baseUrl}/request/${orgId}`);
    const closed = visitor.getByTestId('request-closed');
    await expect.poll(() => closed.count()).toBe(1);
    expect(await closed.textContent()).toContain(fill(ja.needs.request.closed_body, { orgName }));
    expect(await visitor.getByTestId('request-form').count()).toBe(0);
    await expectAccessible(visitor, 'public request page closed');
    await visitor.context().close();
    await admin.context().close();
  });
});
