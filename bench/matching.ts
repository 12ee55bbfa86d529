// Matching benchmark at network scale: one network (a hub and 9 member organizations) with
// 100,000 volunteers around a city, ranking the top 20 candidates for many different needs.
// Measures the ranking through the very service function the API uses (`listCandidates`:
// SQL prefilter, then the pure scoring core), then once per need through the real server,
// next to a brute-force baseline that loads every visible volunteer and scores all of them in
// memory with the same core, and checks that both give the same ranking for every need.
// Prints figures; asserts nothing. The last line is the summary:
//   matching: p95_ms=<n> bruteforce_p95_ms=<n> identical=<true|false>
// Run:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:matching
// BENCH_NEEDS (default 120) and BENCH_ROUNDS (timed passes over the needs, default 3) change
// the run; BENCH_KEEP_DATABASE=1 leaves the database in place (for EXPLAIN) instead of dropping it.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Ranking, TCandidatesResponse, TSessionResponse } from '@musubi/shared';
import type pg from 'pg';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import {
  listCandidates,
  prepareMatching,
  rankBruteForce,
  rankWithPrefilter,
} from '../packages/server/src/modules/matching';
import type { Database } from '../packages/server/src/platform/db/client';
import { BenchDatabase } from './support/bench-database';

const ORGANIZATIONS = 10; // the hub and 9 member organizations
const VOLUNTEERS = 100_000;
const NEEDS = Number(process.env.BENCH_NEEDS ?? 120);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIMIT = 20;
const CENTER = { lat: 35.6812, lng: 139.7671 }; // Tokyo Station
const RADIUS_KM = 30;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'bench:matching needs PostgreSQL: set DATABASE_URL to a server where it may create (and drop) a database, e.g.\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:matching',
  );
  process.exit(1);
}

// ---------------------------------------------------------------- helpers

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Nearest-rank percentile of latencies in ms. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

function table(header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** A small deterministic generator (mulberry32): the needs are the same on every run. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}

const ids = (r: Ranking) => ({
  ranked: r.ranked.map((c) => c.volunteerId).join(),
  excluded: r.excluded.map((c) => c.volunteerId).join(),
});

// ---------------------------------------------------------------- database

const bench = new BenchDatabase(databaseUrl, 'musubi_bench_matching');
let database: Database;
let pool: pg.Pool;

await bench.run(main);

async function main(): Promise<string> {
  ({ database, pool } = await bench.open(4));

  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', WEB_DIST_DIR: '/nonexistent' }, 'bench');
  const app = await buildApp(config, { database });
  bench.onClose(() => app.close());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const serverVersion = (await pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
  console.log(
    `load average at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(
    `database=postgresql ${serverVersion} volunteers=${VOLUNTEERS} needs=${NEEDS} rounds=${ROUNDS} limit=${LIMIT} node=${process.version}`,
  );

  // ------------------------------------------------ first run: hub, members, coordinator

  const send = async (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') => {
    const response = await fetch(`${address}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'accept-language': 'ja', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const setup = await send('/api/v1/setup', {
    organization: {
      name: '結び野市ボランティアセンター',
      kind: 'volunteer_center',
      locale: 'ja',
      timeZone: 'Asia/Tokyo',
      fiscalYearStartMonth: 4,
      runsNetwork: true,
    },
    admin: {
      name: '佐藤 花子',
      nameReading: 'さとう はなこ',
      email: 'hanako@example.org',
      password: 'bench-password-1234',
    },
  });
  const cookie = setup.headers
    .getSetCookie()
    .find((c) => c.includes('musubi_session'))!
    .split(';')[0];
  const session = (await setup.json()) as TSessionResponse;
  const hubId = session.activeOrgId!;
  const signedIn = { cookie, 'x-csrf-token': session.csrfToken! };
  const memberKinds = ['npo', 'welfare_council', 'care_facility', 'community_group', 'npo_support_center'] as const;
  for (let i = 1; i < ORGANIZATIONS; i++) {
    await send(
      `/api/v1/organizations/${hubId}/network/members`,
      {
        organization: {
          name: `加盟団体 ${i}`,
          kind: memberKinds[i % memberKinds.length],
          locale: 'ja',
          timeZone: 'Asia/Tokyo',
          fiscalYearStartMonth: 4,
        },
        adminEmail: `member${i}@example.org`,
        adminName: `加盟団体 ${i} 管理者`,
      },
      signedIn,
    );
  }
  // Insurance is a factor (warn), and nobody takes more than three activities a week.
  await send(
    `/api/v1/organizations/${hubId}/participation-settings`,
    { insuranceCheck: 'warn', maxShiftsPerWeek: 3 },
    signedIn,
    'PATCH',
  );
  const orgIds = [
    hubId,
    ...(
      await pool.query<{ org_id: string }>(
        'select org_id from network_membership where network_org_id = $1 order by joined_at',
        [hubId],
      )
    ).rows.map((r) => r.org_id),
  ];

  // ------------------------------------------------ seed (bulk SQL)

  const seedStarted = performance.now();
  // One connection for the whole seed, so setseed() makes random() repeatable.
  const seeder = await pool.connect();
  await seeder.query('select setseed(0.4242)');
  // Without triggers (as a superuser may): the ones marking changed records for matching's pool
  // snapshot would rewrite every volunteer row once per bulk insert of skills, consents and cover,
  // and a new database has nothing to mark — the first ranking reads every record anyway.
  await seeder.query('set session_replication_role = replica').catch(() => undefined);
  // People spread over a 30 km disc, denser towards the centre; 15% registered without an address.
  await seeder.query(
    `insert into volunteer (org_id, id, name, name_reading, reading_key, gender, preferred_channel, locale, status,
       registered_via, latitude, longitude, languages, interests, availability, availability_exceptions)
     select ($1::uuid[])[1 + i % $2::int], gen_random_uuid(), '会員 ' || i, 'かいいん ' || i, 'かいいん' || i,
       case when g < 0.55 then 'female' when g < 0.95 then 'male' when g < 0.96 then 'other' end,
       'email', 'ja',
       case when s < 0.88 then 'active' when s < 0.93 then 'applicant' when s < 0.97 then 'inactive' else 'lapsed' end,
       'import',
       case when located then 35.6812 + r * cos(theta) / 111.195 end,
       case when located then 139.7671 + r * sin(theta) / (111.195 * cos(radians(35.6812))) end,
       array_remove(array['ja',
         case when random() < 0.08 then 'en' end, case when random() < 0.04 then 'zh' end,
         case when random() < 0.02 then 'ko' end, case when random() < 0.01 then 'vi' end,
         case when random() < 0.005 then 'jsl' end], null),
       (select coalesce(array_agg(distinct c), '{}') from (
          select ($4::text[])[1 + floor(random() * array_length($4::text[], 1))::int] as c
          from generate_series(1, 1 + floor(random() * 3)::int) k where i > 0) cs),
       (select coalesce(jsonb_agg(jsonb_build_object('weekday', wd, 'start', lpad(h::text, 2, '0') || ':00',
            'end', lpad((h + d)::text, 2, '0') || ':00')), '[]') from (
          select 1 + floor(random() * 7)::int as wd, 8 + floor(random() * 9)::int as h, 2 + floor(random() * 3)::int as d
          from generate_series(1, floor(random() * 5)::int) k where i > 0) slots),
       case when random() < 0.05 then jsonb_build_array(jsonb_build_object(
          'from', (current_date + (floor(random() * 20))::int)::text,
          'to', (current_date + (20 + floor(random() * 10))::int)::text, 'note', null)) else '[]' end
     from (
       select i, random() as g, random() as s, random() < 0.85 as located,
         ${RADIUS_KM} * power(random(), 0.7) as r, 2 * pi() * random() as theta
       from generate_series(1, $3::int) i
     ) x`,
    [
      orgIds,
      orgIds.length,
      VOLUNTEERS,
      [
        'elderly',
        'disability',
        'children',
        'community',
        'environment',
        'disaster',
        'health',
        'events',
        'international',
      ],
    ],
  );
  // The same six skills in every organization's taxonomy (matching maps them by name across the network).
  const skills: [string, string, string][] = [
    ['qualification', '介護職員初任者研修', 'Home-care certificate'],
    ['qualification', '普通自動車免許', "Driver's licence"],
    ['skill', '救命講習', 'First aid'],
    ['skill', '手話', 'Sign language'],
    ['skill', '調理', 'Cooking'],
    ['skill', 'パソコン', 'Computers'],
  ];
  await seeder.query(
    `insert into skill (org_id, id, kind, names)
     select o, gen_random_uuid(), k.kind, jsonb_build_object('ja', k.ja, 'en', k.en)
     from unnest($1::uuid[]) o, unnest($2::text[], $3::text[], $4::text[]) as k(kind, ja, en)`,
    [orgIds, skills.map((s) => s[0]), skills.map((s) => s[1]), skills.map((s) => s[2])],
  );
  const shares = [0.08, 0.15, 0.12, 0.015, 0.1, 0.06];
  await seeder.query(
    `insert into volunteer_skill (org_id, volunteer_id, skill_id)
     select org_id, volunteer_id, skill_id from (
       select v.org_id, v.id as volunteer_id, s.id as skill_id, s.names->>'ja' as name, random() as x
       from volunteer v join skill s on s.org_id = v.org_id) p
     where x < ($1::float8[])[array_position($2::text[], name)]`,
    [shares, skills.map((s) => s[1])],
  );
  // Member organizations' people: 60% share with the network, 15% said no; 2% withdrew contact.
  await seeder.query(
    `insert into volunteer_consent (org_id, id, volunteer_id, purpose, granted, wording_version)
     select org_id, gen_random_uuid(), id, 'network_sharing', x < 0.6, '1'
     from (select org_id, id, random() as x from volunteer where org_id <> $1) v where x < 0.75`,
    [hubId],
  );
  await seeder.query(
    `insert into volunteer_consent (org_id, id, volunteer_id, purpose, granted, wording_version)
     select org_id, gen_random_uuid(), id, 'contact', x >= 0.02, '1'
     from (select org_id, id, random() as x from volunteer) v where x < 0.7`,
  );
  // Activity insurance for this policy year (April–March): 85% are covered.
  await seeder.query(
    `insert into insurance_plan (org_id, id, name) select o, gen_random_uuid(), 'ボランティア活動保険' from unnest($1::uuid[]) o`,
    [orgIds],
  );
  await seeder.query(
    `insert into insurance_enrollment (org_id, id, volunteer_id, plan_id, policy_year, enrolled_on, cover_starts_on, cover_ends_on)
     select v.org_id, gen_random_uuid(), v.id, p.id, fy, make_date(fy, 4, 1), make_date(fy, 4, 2), make_date(fy + 1, 3, 31)
     from volunteer v join insurance_plan p on p.org_id = v.org_id,
       lateral (select extract(year from current_date - interval '3 months')::int as fy) y
     where random() < 0.85`,
  );
  // History: past needs of 40 recipients per organization, met by 6% of the people in the last
  // four weeks (workload, and continuity for later needs of the same recipients).
  await seeder.query(
    `insert into recipient (org_id, id, name, languages)
     select o, gen_random_uuid(), '利用者 ' || k, case when k % 10 = 0 then '{zh,ja}'::text[] else '{ja}' end
     from unnest($1::uuid[]) o, generate_series(1, 40) k`,
    [orgIds],
  );
  await seeder.query(
    `insert into need (org_id, id, number, status, closure_reason, kind, title, channel, recipient_id, closed_at)
     select r.org_id, gen_random_uuid(), '2025-' || lpad((row_number() over (partition by r.org_id))::text, 4, '0'),
       'closed', 'fulfilled', 'visit_conversation', '以前の訪問', 'phone', r.id, now() - interval '1 day'
     from recipient r, generate_series(1, 5) k`,
  );
  await seeder.query(
    `insert into need_resource_line (org_id, id, need_id, kind, status, volunteer_id, planned_start, minutes)
     select v.org_id, gen_random_uuid(),
       (select n.id from need n where n.org_id = v.org_id and v.id is not null order by random() limit 1),
       'volunteer_time', 'done', v.id, now() - (floor(random() * 27) || ' days')::interval, 120
     from volunteer v, generate_series(1, 1 + abs(hashtext(v.id::text)) % 3) k
     where v.status = 'active' and random() < 0.06`,
  );
  await seeder.query(
    `insert into need_follow_up (org_id, id, need_id, respondent, satisfaction, should_continue, method)
     select org_id, gen_random_uuid(), id, 'recipient', 3 + floor(random() * 3)::int, 'yes', 'phone'
     from need where status = 'closed' and random() < 0.6`,
  );

  await seeder.query('reset session_replication_role').catch(() => undefined);
  seeder.release();

  // The needs ranked: at the hub, in matching, spread like real requests.
  const rng = generator(20261201);
  const hubSkills = (
    await pool.query<{ id: string }>('select id from skill where org_id = $1 order by names->>$2', [hubId, 'ja'])
  ).rows.map((r) => r.id);
  const hubRecipients = (
    await pool.query<{ id: string }>('select id from recipient where org_id = $1 order by name', [hubId])
  ).rows.map((r) => r.id);
  const kinds = [
    'household_help',
    'shopping',
    'transport_escort',
    'visit_conversation',
    'care_support',
    'event_help',
    'disaster_cleanup',
    'other',
  ];
  const today = new Date();
  const dayAfter = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const needIds: string[] = [];
  let online = 0;
  for (let i = 0; i < NEEDS; i++) {
    const isOnline = rng.chance(0.15);
    if (isOnline) online++;
    const r = 22 * Math.sqrt(rng.next());
    const theta = 2 * Math.PI * rng.next();
    const windows = Array.from({ length: Math.floor(rng.next() * 3) + (rng.chance(0.8) ? 1 : 0) }, () => {
      const start = 9 + Math.floor(rng.next() * 8);
      const length = 1 + Math.floor(rng.next() * 2);
      const time = {
        start: `${String(start).padStart(2, '0')}:00`,
        end: `${String(start + length).padStart(2, '0')}:00`,
      };
      return rng.chance(0.5)
        ? { date: dayAfter(1 + Math.floor(rng.next() * 21)), weekday: null, ...time }
        : { date: null, weekday: 1 + Math.floor(rng.next() * 7), ...time };
    });
    const language = rng.chance(0.7) ? [] : [rng.pick(['ja', 'ja', 'zh', 'zh', 'en', 'ko'])];
    const gender = rng.chance(0.7) ? 'any' : rng.chance(0.85) ? 'female' : 'male';
    const { rows } = await pool.query<{ id: string }>(
      `insert into need (org_id, id, number, status, kind, title, channel, recipient_id, online, latitude, longitude,
         time_windows, languages, helper_gender)
       values ($1, gen_random_uuid(), $2, 'matching', $3, $4, 'phone', $5, $6, $7, $8, $9, $10, $11) returning id`,
      [
        hubId,
        `2026-${String(i + 1).padStart(4, '0')}`,
        rng.pick(kinds),
        `ベンチの依頼 ${i + 1}`,
        rng.chance(0.5) ? rng.pick(hubRecipients) : null,
        isOnline,
        isOnline ? null : CENTER.lat + (r * Math.cos(theta)) / 111.195,
        isOnline ? null : CENTER.lng + (r * Math.sin(theta)) / (111.195 * Math.cos((CENTER.lat * Math.PI) / 180)),
        JSON.stringify(windows),
        language,
        gender,
      ],
    );
    if (rng.chance(0.25)) {
      await pool.query('insert into need_skill (org_id, need_id, skill_id) values ($1, $2, $3)', [
        hubId,
        rows[0].id,
        rng.pick(hubSkills),
      ]);
    }
    needIds.push(rows[0].id);
  }
  await pool.query('vacuum analyze');
  const counts = (
    await pool.query<{ v: string; visible: string; s: string; e: string; l: string }>(
      `select (select count(*) from volunteer) v,
        (select count(*) from volunteer v where v.org_id = $1 or (select c.granted from volunteer_consent c
           where c.org_id = v.org_id and c.volunteer_id = v.id and c.purpose = 'network_sharing'
           order by c.recorded_at desc limit 1)) visible,
        (select count(*) from volunteer_skill) s, (select count(*) from insurance_enrollment) e,
        (select count(*) from need_resource_line) l`,
      [hubId],
    )
  ).rows[0];
  console.log(
    `seeded ${Number(counts.v).toLocaleString('en-US')} volunteers in ${orgIds.length} organizations ` +
      `(${Number(counts.visible).toLocaleString('en-US')} visible to the hub), ${Number(counts.s).toLocaleString('en-US')} skills held, ` +
      `${Number(counts.e).toLocaleString('en-US')} insured, ${Number(counts.l).toLocaleString('en-US')} recent lines; ` +
      `${NEEDS} needs (${online} online): ${round1((performance.now() - seedStarted) / 1000)} s`,
  );

  // ------------------------------------------------ ranking

  const db = database.db;
  // The first ranking in the process reads the pool snapshot (every visible record's static
  // facts) from the database: timed on its own, outside the latencies below.
  const coldStarted = performance.now();
  const cold = await rankWithPrefilter(db, await prepareMatching(db, hubId, needIds[0]), LIMIT);
  console.log(
    `pool snapshot: first ranking ${round1(performance.now() - coldStarted)} ms, of which reading ` +
      `${(cold.stats.refreshRows ?? 0).toLocaleString('en-US')} records ${round1(cold.stats.refreshMs ?? 0)} ms`,
  );
  // Warm-up pass (and the prefilter's rankings, for the comparison).
  const prefiltered = new Map<string, Ranking>();
  const examined: number[] = [];
  const queries: number[] = [];
  const boundMs: number[] = [];
  const refreshMs: number[] = [];
  for (const needId of needIds) {
    const setupOf = await prepareMatching(db, hubId, needId);
    const { ranking, stats: s } = await rankWithPrefilter(db, setupOf, LIMIT);
    prefiltered.set(needId, ranking);
    examined.push(s.examined);
    queries.push(s.queries);
    boundMs.push(s.boundMs ?? 0);
    refreshMs.push(s.refreshMs ?? 0);
  }
  const service: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const needId of needIds) {
      const t = performance.now();
      await listCandidates(db, 'ja', hubId, needId, { limit: LIMIT });
      service.push(performance.now() - t);
    }
  }
  const api: number[] = [];
  let apiSame = true;
  for (const needId of needIds) {
    const t = performance.now();
    const response = await fetch(`${address}/api/v1/organizations/${hubId}/needs/${needId}/candidates?limit=${LIMIT}`, {
      headers: { cookie, 'accept-language': 'ja' },
    });
    const body = (await response.json()) as TCandidatesResponse;
    api.push(performance.now() - t);
    if (body.candidates.map((c) => c.volunteerId).join() !== ids(prefiltered.get(needId)!).ranked) apiSame = false;
  }

  const brute: number[] = [];
  let identical = apiSame;
  const differing: string[] = [];
  for (const needId of needIds) {
    const t = performance.now();
    const setupOf = await prepareMatching(db, hubId, needId);
    const ranking = await rankBruteForce(db, setupOf, LIMIT);
    brute.push(performance.now() - t);
    const a = ids(prefiltered.get(needId)!);
    const b = ids(ranking);
    if (a.ranked !== b.ranked || a.excluded !== b.excluded) {
      identical = false;
      differing.push(needId);
    }
  }

  const s = stats(service);
  const a = stats(api);
  const b = stats(brute);
  const ex = stats(examined);
  console.log('');
  table(
    ['top 20 for a need', 'samples', 'p50', 'p95', 'p99', 'max'],
    [
      [
        'listCandidates (the API service)',
        s.n,
        `${round1(s.p50)} ms`,
        `${round1(s.p95)} ms`,
        `${round1(s.p99)} ms`,
        `${round1(s.max)} ms`,
      ],
      [
        'GET …/needs/:needId/candidates',
        a.n,
        `${round1(a.p50)} ms`,
        `${round1(a.p95)} ms`,
        `${round1(a.p99)} ms`,
        `${round1(a.max)} ms`,
      ],
      [
        'brute force (all in memory)',
        b.n,
        `${round1(b.p50)} ms`,
        `${round1(b.p95)} ms`,
        `${round1(b.p99)} ms`,
        `${round1(b.max)} ms`,
      ],
    ],
  );
  console.log(
    `\nrows examined by the prefilter per need: p50 ${ex.p50}, p95 ${ex.p95}, max ${ex.max}; ` +
      `pool queries per need: p50 ${stats(queries).p50}, max ${stats(queries).max}`,
  );
  const bm = stats(boundMs);
  const rm = stats(refreshMs);
  console.log(
    `per ranking: snapshot check p50 ${round1(rm.p50)} ms, p95 ${round1(rm.p95)} ms; ` +
      `bounding ${(cold.stats.snapshotRecords ?? 0).toLocaleString('en-US')} records in memory p50 ${round1(bm.p50)} ms, p95 ${round1(bm.p95)} ms`,
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  console.log(
    identical
      ? `every need's top ${LIMIT} and excluded list equal the brute force (and the API's)`
      : `DIFFERENT for ${differing.length} needs: ${differing.slice(0, 5).join(', ')}${apiSame ? '' : ' (and the API differed)'}`,
  );
  return `matching: p95_ms=${round1(s.p95)} bruteforce_p95_ms=${round1(b.p95)} identical=${identical}`;
}
