import { readFile } from 'node:fs/promises';
import { CATALOGS, type TMyVolunteerProfilesResponse, type TSessionResponse } from '@musubi/shared';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSealPng } from '../packages/server/src/demo/seed-certificates';
import { expectAccessible, launchBrowser } from './support/browser';
import { heading } from './support/demo-session';
import { type RunningMusubi, startMusubi } from './support/server';
import { signInAsDemo } from './support/session';

const ja = CATALOGS.ja;
const cert = ja.certificates;

/** The hub center's coordinator issues the certificate. */
const COORDINATOR = 'coordinator@musubino.example.org';
/** A volunteer registered at the hub center. */
const VOLUNTEER = 'volunteer@musubino.example.org';
/** The hub's network administrator sets the person in charge and the seal. */
const ADMIN = 'admin@musubino.example.org';

/** A JSON call from inside the signed-in page, with the session's CSRF token on writes. */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/session')).json();
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    },
    { method, path, body },
  ) as Promise<T>;
}

describe('certificates: a coordinator issues a certificate, the PDF downloads and its verification page says genuine', () => {
  let musubi: RunningMusubi;
  let browser: Browser;
  let coordinator: Page;
  let volunteer: Page;
  let hubId: string;
  let volunteerId: string;
  let volunteerName: string;
  let number: string;
  let verificationUrl: string;

  beforeAll(async () => {
    musubi = await startMusubi({ demo: true });
    browser = await launchBrowser();
    coordinator = await (await browser.newContext({ locale: 'ja-JP', acceptDownloads: true })).newPage();
    await signInAsDemo(coordinator, musubi.baseUrl, COORDINATOR);
    volunteer = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(volunteer, musubi.baseUrl, VOLUNTEER);
  });
  afterAll(async () => {
    await browser?.close();
    await musubi?.close();
  });

  it('has approved service to certify: the coordinator records two hours for the volunteer and approves them', async () => {
    hubId = (await call<TSessionResponse>(coordinator, 'GET', '/api/v1/session')).activeOrgId!;
    const profiles = await call<TMyVolunteerProfilesResponse>(volunteer, 'GET', '/api/v1/me/volunteer-profiles');
    const profile = profiles.profiles.find((p) => p.orgId === hubId)!;
    volunteerId = profile.volunteerId;
    const activities = await call<{ opportunities: { id: string }[] }>(
      coordinator,
      'GET',
      `/api/v1/organizations/${hubId}/opportunities`,
    );
    const start = new Date(Date.now() - 26 * 3600_000);
    const record = await call<{ id: string; status: string }>(
      coordinator,
      'POST',
      `/api/v1/organizations/${hubId}/attendance/records`,
      {
        volunteerId,
        opportunityId: activities.opportunities[0].id,
        clockInAt: start.toISOString(),
        clockOutAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      },
    );
    if (record.status !== 'approved') {
      await call(coordinator, 'POST', `/api/v1/organizations/${hubId}/attendance/records/approve`, {
        ids: [record.id],
      });
    }
  });

  it("issues a certificate from the volunteer's page", async () => {
    await coordinator.goto(`${musubi.baseUrl}/volunteers/${volunteerId}`);
    const section = coordinator.getByTestId('service-record');
    await section.getByTestId('service-total').waitFor();
    volunteerName = (await heading(coordinator)) ?? '';
    await expectAccessible(coordinator, "volunteer's service record and certificates");

    const form = section.getByTestId('issue-certificate-form');
    const today = new Date();
    await form.getByLabel(cert.issue.from).fill(`${today.getFullYear() - 1}-01-01`);
    await form.getByLabel(cert.issue.to).fill(`${today.getFullYear() + 1}-12-31`);
    await form.getByTestId('issue-locale').selectOption('ja');
    // The demo may already have issued this volunteer a certificate: wait for one more row, the newest first.
    const rows = section.locator('[data-testid^="certificate-20"]');
    const before = await rows.count();
    await form.getByTestId('issue-submit').click();
    await expect.poll(() => rows.count()).toBe(before + 1);
    number = ((await rows.first().getAttribute('data-testid')) ?? '').replace('certificate-', '');
    const row = section.getByTestId(`certificate-${number}`);
    expect(number).toMatch(/^\d{4}-\d{4}$/);
    verificationUrl = (await row.getByTestId('certificate-verify-link').getAttribute('href')) ?? '';
    expect(verificationUrl).toContain(`/verify/${number}?sig=`);
    await expectAccessible(coordinator, 'certificate issued');
  });

  it('downloads the PDF, with the name and hours printed in it', async () => {
    const row = coordinator.getByTestId(`certificate-${number}`);
    const [download] = await Promise.all([
      coordinator.waitForEvent('download'),
      row.getByTestId('certificate-download').click(),
    ]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain(cert.pdf.title);
    expect(text).toContain(volunteerName);
    expect(text).toContain(number);
    expect(text).toMatch(/\d+時間/);
  });

  it('opens the verification page from the QR address, signed out, and it says genuine', async () => {
    const anonymous = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await anonymous.goto(verificationUrl);
    await anonymous.getByTestId('verification-genuine').waitFor();
    await expect.poll(() => heading(anonymous)).toBe(cert.verify.title);
    expect(await anonymous.getByText(volunteerName, { exact: true }).count()).toBe(1);
    await expectAccessible(anonymous, 'verification page (genuine)');

    const forged = verificationUrl.replace(/sig=([^&]{4})/, 'sig=AAAA');
    await anonymous.goto(forged);
    await anonymous.getByTestId('verification-not_genuine').waitFor();
    await expectAccessible(anonymous, 'verification page (not genuine)');
  });

  it('shows the volunteer their service record, level and certificate', async () => {
    await volunteer.goto(`${musubi.baseUrl}/me/service-record`);
    await expect.poll(() => heading(volunteer)).toBe(cert.service_record.title);
    await volunteer.getByTestId('my-service-record').getByTestId('service-total').waitFor();
    await volunteer.getByTestId('my-certificates').getByTestId(`certificate-${number}`).waitFor();
    await expectAccessible(volunteer, 'my service record');
  });

  it('shows the certificate settings with the seal on the organization page', async () => {
    await coordinator.goto(`${musubi.baseUrl}/organization`);
    await coordinator.getByTestId('certificate-settings').getByTestId('seal-image').waitFor();
    await expectAccessible(coordinator, 'organization page with certificate settings');
  });

  it('lets an administrator change the person in charge and upload a new PNG seal', async () => {
    const admin = await (await browser.newContext({ locale: 'ja-JP' })).newPage();
    await signInAsDemo(admin, musubi.baseUrl, ADMIN);
    await admin.goto(`${musubi.baseUrl}/organization`);
    const card = admin.getByTestId('certificate-settings');
    await card.getByTestId('certificate-settings-form').waitFor();
    await expectAccessible(admin, 'certificate settings form');
    await card.getByTestId('representative-name').fill('結城 二郎');
    await card.getByTestId('certificate-settings-save').click();
    await admin.getByText(cert.settings.saved).waitFor();

    const before = await card.getByTestId('seal-image').getAttribute('src');
    await card.locator('input[type="file"]').setInputFiles({
      name: 'seal.png',
      mimeType: 'image/png',
      buffer: demoSealPng(120),
    });
    await card.getByTestId('seal-upload').click();
    await admin.getByText(cert.seal.uploaded).waitFor();
    await expect.poll(() => card.getByTestId('seal-image').getAttribute('src')).not.toBe(before);
    await expectAccessible(admin, 'seal uploaded');
  });
});
