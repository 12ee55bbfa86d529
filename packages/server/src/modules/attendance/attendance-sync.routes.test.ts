import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import type { TestClient } from '../../test/test-app';
import { createWorld, plusMinutes, scanId, type World, yesterdayAt } from './attendance.fixtures';

interface QueuedScan {
  id: string;
  client: TestClient;
  body: Record<string, unknown>;
  volunteerId: string;
}

/** A fixed shuffle (the test must fail the same way every time it fails). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('attendance sync: an offline queue replayed, interrupted and doubled', () => {
  let w: World;

  beforeAll(async () => {
    w = await createWorld();
  });
  afterAll(() => w.close());

  it('yields exactly one record per scan pair and the same answer for every replay of a scan', async () => {
    const activity = await w.activity();
    const queue: QueuedScan[] = [];
    const pairs = new Map<string, { inAt: Date; outAt: Date }>();
    // A kiosk that was offline all morning: twelve volunteers' cards, in and out.
    for (let i = 0; i < 12; i++) {
      const volunteerId = await w.volunteer(`同期 ${i}`);
      const card = (await w.coordinator.get(`${w.base}/attendance/personal-codes/${volunteerId}`)).json().code;
      const inAt = yesterdayAt(9, i);
      const outAt = plusMinutes(inAt, 60 + i);
      pairs.set(volunteerId, { inAt, outAt });
      for (const [action, at] of [
        ['in', inAt],
        ['out', outAt],
      ] as const) {
        queue.push({
          id: scanId(),
          client: w.staff,
          volunteerId,
          body: { kind: 'personal', code: card, action, scannedAt: at.toISOString(), opportunityId: activity.id },
        });
      }
    }
    // Three volunteers scanned the printed poster with their own phones, also offline.
    const poster = (await w.staff.get(`${w.base}/attendance/sites/${activity.id}/poster-code`)).json().code;
    for (let i = 0; i < 3; i++) {
      const person = await w.person(`ポスター ${i}`);
      const inAt = yesterdayAt(13, i);
      const outAt = plusMinutes(inAt, 90);
      pairs.set(person.volunteerId, { inAt, outAt });
      for (const [action, at] of [
        ['in', inAt],
        ['out', outAt],
      ] as const) {
        queue.push({
          id: scanId(),
          client: person.client,
          volunteerId: person.volunteerId,
          body: { kind: 'site', code: poster, action, scannedAt: at.toISOString() },
        });
      }
    }
    // Someone tapped twice: a second clock-in under its own id, queued after the day was complete.
    const doubled = queue[0] as QueuedScan;
    const tap: QueuedScan = {
      ...doubled,
      id: scanId(),
      body: { ...doubled.body, scannedAt: plusMinutes(new Date(doubled.body.scannedAt as string), 1).toISOString() },
    };

    const send = (item: QueuedScan) => item.client.put(`/api/v1/attendance/scans/${item.id}`, item.body);
    const answers = new Map<string, string[]>();
    const record = async (items: QueuedScan[]) => {
      const responses = await Promise.all(items.map(send));
      responses.forEach((response, i) => {
        expect(response.statusCode).toBe(200);
        const id = (items[i] as QueuedScan).id;
        answers.set(id, [...(answers.get(id) ?? []), response.body]);
      });
    };

    // First sync: interrupted after a third of the queue (out of order, some sent twice at once).
    const order = shuffled(queue, 7);
    const third = order.slice(0, Math.ceil(order.length / 3));
    await record([...third, ...third.slice(0, 4)]);
    // Second sync: everything, in another order, eight at a time, some again concurrently.
    const again = shuffled(queue, 11);
    for (let i = 0; i < again.length; i += 8) {
      const chunk = again.slice(i, i + 8);
      await record([...chunk, ...chunk.slice(0, 2)]);
    }
    // Third sync: the whole queue and the double tap in one burst, in reverse; then all of it once more.
    queue.push(tap);
    await record([...queue].reverse());
    await record(shuffled(queue, 13));

    for (const [id, bodies] of answers) {
      expect(new Set(bodies).size, `scan ${id} answered differently`).toBe(1);
    }
    expect(answers.size).toBe(queue.length);

    const records = await queryRows<{ volunteer_id: string; clock_in_at: Date; clock_out_at: Date; n: number }>(
      w.t.database.db,
      sql`select volunteer_id, min(clock_in_at) as clock_in_at, min(clock_out_at) as clock_out_at, count(*)::int as n
          from attendance_record where org_id = ${w.orgId} group by volunteer_id`,
    );
    expect(records).toHaveLength(pairs.size);
    for (const row of records) {
      const pair = pairs.get(row.volunteer_id);
      expect(row.n).toBe(1);
      expect(new Date(row.clock_in_at).toISOString()).toBe(pair?.inAt.toISOString());
      expect(new Date(row.clock_out_at).toISOString()).toBe(pair?.outAt.toISOString());
    }
    const stored = await queryRows<{ n: number; accepted: number }>(
      w.t.database.db,
      sql`select count(*)::int as n, count(*) filter (where outcome->>'result' = 'accepted')::int as accepted
          from attendance_scan where org_id = ${w.orgId}`,
    );
    expect(stored[0]).toEqual({ n: queue.length, accepted: queue.length - 1 });
    const tapAnswer = JSON.parse(answers.get(tap.id)?.[0] as string);
    expect(tapAnswer).toEqual({ scanId: tap.id, result: 'refused', code: 'ATTENDANCE_ALREADY_CLOSED' });
  });
});
