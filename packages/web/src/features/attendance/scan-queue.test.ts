import 'fake-indexeddb/auto';
import type { TScanRequest, TScanResponse } from '@musubi/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OUTCOMES_KEPT,
  openScanQueue,
  type QueuedScan,
  retryDelayMs,
  type ScanQueue,
  type SendResult,
} from './scan-queue';

const ME = 'account-me';
const OTHER = 'account-other';
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const scan = (scannedAt: string, action: TScanRequest['action'] = 'in'): TScanRequest => ({
  kind: 'site',
  code: `M1.S.code-${scannedAt}`,
  action,
  scannedAt,
});

const accepted = (scanId: string): TScanResponse => ({
  scanId,
  result: 'accepted',
  attendance: {
    id: '0190a000-0000-7000-8000-000000000001',
    status: 'open',
    clockInAt: '2026-12-01T09:00:00.000Z',
    clockOutAt: null,
    creditedMinutes: null,
    flags: [],
    opportunityTitle: '子ども食堂',
    placeName: null,
    volunteerName: '山田 花子',
  },
});

/** A stand-in for the server that answers from a script and remembers what it was sent. */
function server(answer: (scan: QueuedScan, call: number) => SendResult) {
  const sent: QueuedScan[] = [];
  return {
    sent,
    send: async (queued: QueuedScan) => {
      sent.push(queued);
      return answer(queued, sent.length);
    },
  };
}

let queue: ScanQueue;
let dbNumber = 0;

beforeEach(async () => {
  dbNumber += 1;
  queue = await openScanQueue(`scan-queue-test-${dbNumber}`);
});
afterEach(() => queue.close());

describe('the device scan queue', () => {
  it('stores each scan under a new UUIDv7 and lists a person’s waiting scans oldest first', async () => {
    const later = await queue.add(ME, scan('2026-12-01T09:05:00.000Z'));
    const earlier = await queue.add(ME, scan('2026-12-01T09:00:00.000Z'));
    await queue.add(OTHER, scan('2026-12-01T08:00:00.000Z'));

    expect(later.scanId).toMatch(UUID_V7);
    expect(earlier.scanId).not.toBe(later.scanId);
    expect((await queue.pending(ME)).map((s) => s.scanId)).toEqual([earlier.scanId, later.scanId]);
    // Only what the scan needs is kept.
    expect(Object.keys(earlier).sort()).toEqual([
      'accountId',
      'action',
      'attempts',
      'code',
      'kind',
      'scanId',
      'scannedAt',
    ]);
  });

  it('sends scans in scan-time order and settles accepted and refused answers alike', async () => {
    const first = await queue.add(ME, scan('2026-12-01T09:00:00.000Z', 'in'));
    const second = await queue.add(ME, scan('2026-12-01T12:00:00.000Z', 'out'));
    const fake = server((queued) =>
      queued.scanId === first.scanId
        ? { type: 'answered', response: accepted(queued.scanId) }
        : { type: 'answered', response: { scanId: queued.scanId, result: 'refused', code: 'ATTENDANCE_CODE_EXPIRED' } },
    );

    const report = await queue.sync(ME, fake.send);

    expect(fake.sent.map((s) => s.scanId)).toEqual([first.scanId, second.scanId]);
    expect(report.stoppedBy).toBeNull();
    expect(await queue.pending(ME)).toEqual([]);
    const outcomes = await queue.outcomes(ME);
    expect(outcomes.map((o) => [o.scanId, o.result, o.code])).toEqual(
      expect.arrayContaining([
        [first.scanId, 'accepted', null],
        [second.scanId, 'refused', 'ATTENDANCE_CODE_EXPIRED'],
      ]),
    );
    // The answer kept on the device carries no name.
    expect(JSON.stringify(outcomes)).not.toContain('山田');
    expect(outcomes.find((o) => o.scanId === first.scanId)?.opportunityTitle).toBe('子ども食堂');
  });

  it('keeps everything unsent when the connection drops mid-sync, and sends the rest with the same ids later', async () => {
    const ids = [];
    for (const minute of ['00', '01', '02'])
      ids.push((await queue.add(ME, scan(`2026-12-01T09:${minute}:00.000Z`))).scanId);

    const flaky = server((queued, call) =>
      call === 1 ? { type: 'answered', response: accepted(queued.scanId) } : { type: 'unreachable' },
    );
    const interrupted = await queue.sync(ME, flaky.send);
    expect(interrupted.stoppedBy).toBe('unreachable');
    expect(interrupted.settled.map((s) => s.scan.scanId)).toEqual([ids[0]]);
    const waiting = await queue.pending(ME);
    expect(waiting.map((s) => s.scanId)).toEqual([ids[1], ids[2]]);
    expect(waiting[0].attempts).toBe(1);

    const back = server((queued) => ({ type: 'answered', response: accepted(queued.scanId) }));
    await queue.sync(ME, back.send);
    expect(back.sent.map((s) => s.scanId)).toEqual([ids[1], ids[2]]);
    expect(await queue.pending(ME)).toEqual([]);
    expect((await queue.outcomes(ME)).map((o) => o.scanId).sort()).toEqual([...ids].sort());
  });

  it('keeps scans when the session has ended, and settles a request the server rejects outright', async () => {
    const kept = await queue.add(ME, scan('2026-12-01T09:00:00.000Z'));
    const signedOut = await queue.sync(ME, server(() => ({ type: 'signed_out' })).send);
    expect(signedOut.stoppedBy).toBe('signed_out');
    expect((await queue.pending(ME)).map((s) => s.scanId)).toEqual([kept.scanId]);

    await queue.sync(ME, server(() => ({ type: 'rejected', code: 'SCAN_ID_REUSED' })).send);
    expect(await queue.pending(ME)).toEqual([]);
    expect((await queue.outcomes(ME)).map((o) => [o.result, o.code])).toEqual([['refused', 'SCAN_ID_REUSED']]);
  });

  it('never sends another person’s scans', async () => {
    const theirs = await queue.add(OTHER, scan('2026-12-01T09:00:00.000Z'));
    const fake = server((queued) => ({ type: 'answered', response: accepted(queued.scanId) }));
    await queue.sync(ME, fake.send);
    expect(fake.sent).toEqual([]);
    expect((await queue.pending(OTHER)).map((s) => s.scanId)).toEqual([theirs.scanId]);
  });

  it('sends each scan once when syncs overlap (the online event and a retry at the same moment)', async () => {
    for (const minute of ['00', '01', '02']) await queue.add(ME, scan(`2026-12-01T09:${minute}:00.000Z`));
    const fake = server((queued) => ({ type: 'answered', response: accepted(queued.scanId) }));
    await Promise.all([queue.sync(ME, fake.send), queue.sync(ME, fake.send), queue.sync(ME, fake.send)]);
    expect(fake.sent).toHaveLength(3);
    expect(new Set(fake.sent.map((s) => s.scanId)).size).toBe(3);
  });

  it(`keeps only the latest ${OUTCOMES_KEPT} answers`, async () => {
    for (let i = 0; i < OUTCOMES_KEPT + 5; i++) {
      await queue.add(ME, scan(new Date(Date.UTC(2026, 11, 1, 9, i)).toISOString()));
    }
    let tick = 0;
    const clock = () => new Date(Date.UTC(2026, 11, 1, 12, 0, tick++));
    await queue.sync(ME, server((queued) => ({ type: 'answered', response: accepted(queued.scanId) })).send, clock);
    const outcomes = await queue.outcomes(ME);
    expect(outcomes).toHaveLength(OUTCOMES_KEPT);
    // The newest answers stay: the first five scans answered are the ones dropped.
    expect(outcomes.at(-1)?.scannedAt).toBe(new Date(Date.UTC(2026, 11, 1, 9, 5)).toISOString());
  });

  it('waits longer after each failed retry, up to two minutes', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelayMs(30)).toBe(120_000);
  });
});
