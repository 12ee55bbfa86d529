// Catalogue and sign-up benchmark at network scale: 10 organizations of one network,
// 100,000 volunteers, 20,000 published activities, 200,000 shifts, on PostgreSQL.
// Measures the public catalogue search through the real server (autocannon) next to the
// very same SQL run directly through `pg`, then coordinator sign-ups under contention,
// and checks that no role ended up with more confirmed places than it has.
// Prints figures; asserts nothing. The last line is the summary:
//   catalog: search_p95_ms=<n> baseline_p95_ms=<n> signup_rps=<n> overbooked=<n>
// Run:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:catalog
// BENCH_DURATION (s, default 10) and BENCH_CONNECTIONS (default 20) change each run;
// BENCH_KEEP_DATABASE=1 leaves the database in place (for EXPLAIN) instead of dropping it.
import { performance } from 'node:perf_hooks';
import { ACTIVITY_CATEGORIES, type TCatalogueResponse, type TSessionResponse, ZCatalogueQuery } from '@musubi/shared';
import autocannon from 'autocannon';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { audienceOf, catalogueSql } from '../packages/server/src/modules/opportunities/catalogue.service';
import type { Database } from '../packages/server/src/platform/db/client';
import { BenchDatabase } from './support/bench-database';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ORGANIZATIONS = 10; // the hub and 9 member organizations
const VOLUNTEERS = 100_000;
const ACTIVITIES = 20_000;
const SHIFTS_PER_ACTIVITY = 10; // 200,000 shifts, one role each
const SIGNUP_SHIFTS = 200; // hub shifts taken for the sign-up run: capacity 5, no waitlist
const SIGNUP_CAPACITY = 5;
const SIGNUP_VOLUNTEERS = 1_000; // hub volunteers the coordinator assigns
/** The server's pool size (openDatabase in packages/server/src/platform/db/client.ts): the baseline gets the same. */
const SERVER_POOL_SIZE = 10;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'bench:catalog needs PostgreSQL: set DATABASE_URL to a server where it may create (and drop) a database, e.g.\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:catalog',
  );
  process.exit(1);
}

// ---------------------------------------------------------------- helpers

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => (Number.isFinite(n) ? round1(n).toLocaleString('en-US') : '–');

/** Nearest-rank percentile of latencies in ms. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Stats {
  count: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function statsOf(latencies: number[], seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Terminal columns of a string: CJK characters take two. */
const columns = (text: string) => [...text].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

function table(header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => columns(row[i]))));
  const pad = (cell: string, i: number) => ' '.repeat(widths[i] - columns(cell));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell + pad(cell, i) : pad(cell, i) + cell)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

function isoDate(daysFromToday: number): string {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

/** Runs autocannon and records every response's latency (autocannon's own histogram has no p95). */
function cannon(
  options: autocannon.Options,
  onLatency: (ms: number, statusCode: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on('response', (_client, statusCode, _bytes, ms) => onLatency(ms, statusCode));
  });
}

// ---------------------------------------------------------------- database

const bench = new BenchDatabase(databaseUrl, 'musubi_bench');
let database: Database;
let pool: pg.Pool;

await bench.run(main);

async function main(): Promise<string> {
  ({ database, pool } = await bench.open(SERVER_POOL_SIZE));

  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', WEB_DIST_DIR: '/nonexistent' }, 'bench');
  const app = await buildApp(config, { database });
  bench.onClose(() => app.close());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const serverVersion = (await pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
  console.log(
    `database=postgresql ${serverVersion} connections=${CONNECTIONS} duration=${DURATION_S}s node=${process.version}`,
  );

  // ------------------------------------------------ first run: hub, members, coordinator

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') => {
    const response = await fetch(`${address}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'accept-language': 'ja', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const setup = await post('/api/v1/setup', {
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
    await post(
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
  await post(`/api/v1/organizations/${hubId}/participation-settings`, { insuranceCheck: 'off' }, signedIn, 'PATCH');
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
  const families = [
    ['佐藤', 'さとう'],
    ['鈴木', 'すずき'],
    ['高橋', 'たかはし'],
    ['田中', 'たなか'],
    ['伊藤', 'いとう'],
    ['渡辺', 'わたなべ'],
    ['山本', 'やまもと'],
    ['中村', 'なかむら'],
    ['小林', 'こばやし'],
    ['加藤', 'かとう'],
  ];
  const givens = [
    ['花子', 'はなこ'],
    ['太郎', 'たろう'],
    ['陽菜', 'ひな'],
    ['蓮', 'れん'],
    ['美咲', 'みさき'],
    ['大翔', 'ひろと'],
    ['結衣', 'ゆい'],
    ['悠真', 'ゆうま'],
  ];
  await pool.query(
    `insert into volunteer (org_id, id, name, name_reading, reading_key, preferred_channel, locale, status, registered_via)
     select ($1::uuid[])[1 + i % $2::int], gen_random_uuid(),
       ($3::text[])[1 + i % 10] || ' ' || ($5::text[])[1 + (i / 10) % 8] || i,
       ($4::text[])[1 + i % 10] || ' ' || ($6::text[])[1 + (i / 10) % 8],
       ($4::text[])[1 + i % 10] || ($6::text[])[1 + (i / 10) % 8],
       'email', 'ja', 'active', 'import'
     from generate_series(1, $7::int) i`,
    [
      orgIds,
      orgIds.length,
      families.map((f) => f[0]),
      families.map((f) => f[1]),
      givens.map((g) => g[0]),
      givens.map((g) => g[1]),
      VOLUNTEERS,
    ],
  );
  const areas = [
    '千代田区',
    '中央区',
    '港区',
    '新宿区',
    '文京区',
    '台東区',
    '墨田区',
    '江東区',
    '品川区',
    '目黒区',
    '大田区',
    '世田谷区',
    '渋谷区',
    '中野区',
    '杉並区',
    '豊島区',
    '北区',
    '荒川区',
    '板橋区',
    '練馬区',
    '足立区',
    '葛飾区',
    '江戸川区',
  ];
  const titles = [
    '公園の清掃活動',
    '子ども食堂の調理補助',
    '高齢者サロンの運営',
    '傾聴ボランティア',
    '外国人向け日本語教室',
    '河川敷の清掃',
    '学習支援（小中学生）',
    'フードバンクの仕分け',
    '災害ボランティア講座',
    '地域のお祭りの受付',
    '障害者スポーツ大会の補助',
    '図書館の読み聞かせ',
    '通訳ボランティア',
    '見守り訪問',
    '花壇の手入れ',
    '古着の整理と配布',
  ];
  // Points within ~30 km of Tokyo Station, uniform over the disc; online activities have none.
  await pool.query(
    `insert into opportunity (org_id, id, title, description, category, online, address, area, latitude, longitude,
       beginner_friendly, trial, visibility, status)
     select ($1::uuid[])[1 + g.i % $2::int], gen_random_uuid(),
       ($3::text[])[1 + g.i % array_length($3::text[], 1)] || coalesce('（' || g.area || '）', '（オンライン）'),
       'どなたでも参加できます。動きやすい服装でお越しください。初めての方には担当者がご案内します。活動番号 ' || g.i,
       ($4::text[])[1 + floor(random() * array_length($4::text[], 1))::int],
       g.online,
       case when g.online then null else '東京都' || g.area || ' ' || (1 + g.i % 5) || '丁目' || (1 + g.i % 30) || '番' end,
       g.area,
       case when g.online then null else 35.68 + g.r * cos(g.theta) / 111.2 end,
       case when g.online then null else 139.76 + g.r * sin(g.theta) / (111.2 * cos(radians(35.68))) end,
       random() < 0.3, random() < 0.2,
       case when g.v < 0.8 then 'public' when g.v < 0.95 then 'network' else 'organization' end,
       'published'
     from (
       select i, online, case when online then null else ($5::text[])[1 + floor(a * array_length($5::text[], 1))::int] end as area,
         r, theta, v
       from (
         select i, random() < 0.1 as online, random() as a, 30 * sqrt(random()) as r, 2 * pi() * random() as theta,
           random() as v
         from generate_series(1, $6::int) i
       ) x
     ) g`,
    [orgIds, orgIds.length, titles, [...ACTIVITY_CATEGORIES], areas, ACTIVITIES],
  );
  // Ten shifts per activity over the next 90 days, 09:00–18:00 in Tokyo (00–09 UTC), two hours each.
  await pool.query(
    `insert into shift (org_id, id, opportunity_id, starts_at, ends_at, status, waitlist, signup_closes_at)
     select org_id, gen_random_uuid(), id, t, t + interval '2 hours', 'scheduled', true, t
     from (
       select o.org_id, o.id, date_trunc('day', now()) + (1 + floor(random() * 90))::int * interval '1 day'
         + floor(random() * 10)::int * interval '1 hour' as t
       from opportunity o cross join generate_series(1, $1::int) k
     ) s`,
    [SHIFTS_PER_ACTIVITY],
  );
  await pool.query(
    `insert into shift_role (org_id, id, shift_id, capacity, position)
     select org_id, gen_random_uuid(), id, 1 + floor(random() * 10)::int, 0 from shift`,
  );
  // The sign-up run's shifts: hub shifts with one role of capacity 5 and no waitlist (a full one refuses).
  const signupShiftIds = (
    await pool.query<{ id: string }>(
      `update shift set waitlist = false
       where org_id = $1 and id in (select id from shift where org_id = $1 order by random() limit $2)
       returning id`,
      [hubId, SIGNUP_SHIFTS],
    )
  ).rows.map((r) => r.id);
  await pool.query('update shift_role set capacity = $3 where org_id = $1 and shift_id = any($2::uuid[])', [
    hubId,
    signupShiftIds,
    SIGNUP_CAPACITY,
  ]);
  const signupVolunteerIds = (
    await pool.query<{ id: string }>('select id from volunteer where org_id = $1 order by random() limit $2', [
      hubId,
      SIGNUP_VOLUNTEERS,
    ])
  ).rows.map((r) => r.id);
  await pool.query('vacuum analyze volunteer, opportunity, shift, shift_role, shift_signup, organization');
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const counts = (
    await pool.query<{ v: string; o: string; s: string; r: string }>(
      `select (select count(*) from volunteer) v, (select count(*) from opportunity) o,
        (select count(*) from shift) s, (select count(*) from shift_role) r`,
    )
  ).rows[0];
  console.log(
    `seeded ${Number(counts.v).toLocaleString('en-US')} volunteers, ${Number(counts.o).toLocaleString('en-US')} activities, ` +
      `${Number(counts.s).toLocaleString('en-US')} shifts, ${Number(counts.r).toLocaleString('en-US')} roles ` +
      `in ${orgIds.length} organizations: ${round1(seedSeconds)} s (incl. vacuum analyze)`,
  );

  // ------------------------------------------------ catalogue search

  const variants: { name: string; query: string }[] = [
    { name: 'no filter (soonest first)', query: '' },
    { name: 'category=elderly', query: 'category=elderly' },
    { name: 'trial=true', query: 'trial=true' },
    { name: 'beginner=true', query: 'beginner=true' },
    { name: 'online=true', query: 'online=true' },
    { name: 'area=世田谷区', query: `area=${encodeURIComponent('世田谷区')}` },
    { name: 'q=清掃', query: `q=${encodeURIComponent('清掃')}` },
    { name: 'from..to (one week)', query: `from=${isoDate(7)}&to=${isoDate(13)}` },
    { name: 'near Tokyo St. 3 km', query: 'lat=35.6812&lng=139.7671&radiusKm=3' },
    { name: 'near Shinjuku 5 km', query: 'lat=35.6896&lng=139.7006&radiusKm=5' },
    { name: 'near Shibuya 10 km', query: 'lat=35.658&lng=139.7016&radiusKm=10' },
    { name: 'children+beginner 10 km', query: 'category=children&beginner=true&lat=35.7101&lng=139.8107&radiusKm=10' },
  ];
  const audience = await audienceOf(database.db, []); // anonymous, as the autocannon requests are
  const dialect = new PgDialect();
  const compiled = variants.map((variant) => {
    const filter = ZCatalogueQuery.parse(Object.fromEntries(new URLSearchParams(variant.query)));
    const { sql: text, params } = dialect.sqlToQuery(catalogueSql(filter, audience));
    return {
      ...variant,
      path: `/api/v1/catalogue/opportunities${variant.query ? `?${variant.query}` : ''}`,
      text,
      params,
    };
  });

  // Unloaded: each variant alone, API and SQL alternately; also checks both answer the same.
  const unloaded: { total: number; api: number; sql: number }[] = [];
  for (const variant of compiled) {
    const api: number[] = [];
    const direct: number[] = [];
    let apiBody: TCatalogueResponse | null = null;
    let sqlRows: { id: string; total: string }[] = [];
    for (let i = 0; i < 13; i++) {
      let t = performance.now();
      const response = await fetch(`${address}${variant.path}`);
      apiBody = (await response.json()) as TCatalogueResponse;
      if (i >= 3) api.push(performance.now() - t);
      t = performance.now();
      sqlRows = (await pool.query<{ id: string; total: string }>(variant.text, variant.params)).rows;
      if (i >= 3) direct.push(performance.now() - t);
    }
    const same =
      apiBody !== null &&
      apiBody.total === (sqlRows.length > 0 ? Number(sqlRows[0].total) : 0) &&
      apiBody.entries.map((e) => e.id).join() === sqlRows.map((r) => r.id).join();
    if (!same) throw new Error(`API and SQL disagree on ${variant.name}`);
    unloaded.push({ total: apiBody!.total, api: statsOf(api, 1).p50, sql: statsOf(direct, 1).p50 });
  }

  // Baseline: the same SQL through pg.Pool, CONNECTIONS closed loops for DURATION_S.
  const baselinePerVariant = compiled.map(() => [] as number[]);
  const baselineAll: number[] = [];
  let baselineErrors = 0;
  const baselineStarted = performance.now();
  const baselineEnds = baselineStarted + DURATION_S * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let i = worker; performance.now() < baselineEnds; i++) {
        const v = i % compiled.length;
        const t = performance.now();
        try {
          await pool!.query(compiled[v].text, compiled[v].params);
        } catch {
          baselineErrors++;
          continue;
        }
        const ms = performance.now() - t;
        baselinePerVariant[v].push(ms);
        baselineAll.push(ms);
      }
    }),
  );
  const baseline = statsOf(baselineAll, (performance.now() - baselineStarted) / 1000);

  // API: autocannon cycling through the variants on every connection.
  const apiPerVariant = compiled.map(() => [] as number[]);
  const apiAll: number[] = [];
  let lastVariant = 0;
  const searchRequests: autocannon.Request[] = compiled.map((variant, v) => ({
    method: 'GET',
    path: variant.path,
    // Called just before the 'response' event of the same reply: tells it which variant this was.
    onResponse: () => {
      lastVariant = v;
    },
  }));
  let nextClient = 0;
  const searchResult = await cannon(
    {
      url: address,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: searchRequests,
      // Each connection starts at another variant (as the baseline's workers do), not all at the first.
      setupClient: (client) => {
        const start = nextClient++ % searchRequests.length;
        client.setRequests([...searchRequests.slice(start), ...searchRequests.slice(0, start)]);
      },
    },
    (ms) => {
      apiPerVariant[lastVariant].push(ms);
      apiAll.push(ms);
    },
  );
  const search = statsOf(apiAll, searchResult.duration);

  // ------------------------------------------------ sign-ups

  const refusals = new Map<string, number>();
  // Places run out during the run (the last few are slow to find): the rate until 90% of them
  // were taken is the sign-up throughput proper.
  const createdAt: number[] = [];
  const signupStarted = performance.now();
  const signupLatencies: number[] = [];
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
  const signupResult = await cannon(
    {
      url: address,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { ...signedIn, 'content-type': 'application/json' },
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            path: `/api/v1/organizations/${hubId}/shifts/${pick(signupShiftIds)}/signups`,
            body: JSON.stringify({ volunteerId: pick(signupVolunteerIds) }),
          }),
          onResponse: (status, body) => {
            if (status === 201) {
              createdAt.push(performance.now());
              return;
            }
            let code = `HTTP_${status}`;
            try {
              code = (JSON.parse(body) as { error: { code: string } }).error.code;
            } catch {}
            refusals.set(code, (refusals.get(code) ?? 0) + 1);
          },
        },
      ],
    },
    (ms) => signupLatencies.push(ms),
  );
  const signup = statsOf(signupLatencies, signupResult.duration);
  const created = signupResult.statusCodeStats?.['201']?.count ?? 0;
  const created90 = Math.ceil(createdAt.length * 0.9);
  const fillingSeconds = created90 > 0 ? (createdAt[created90 - 1] - signupStarted) / 1000 : Number.NaN;
  const check = (
    await pool.query<{ confirmed: string; full_roles: string; overbooked: string }>(
      `select coalesce(sum(c.n), 0) as confirmed,
         count(*) filter (where c.n = r.capacity) as full_roles,
         count(*) filter (where c.n > r.capacity) as overbooked
       from (select org_id, role_id, count(*) as n from shift_signup where status = 'confirmed' group by org_id, role_id) c
       join shift_role r on r.org_id = c.org_id and r.id = c.role_id`,
    )
  ).rows[0];
  const overbooked = Number(check.overbooked);

  // ------------------------------------------------ report

  console.log('');
  console.log(`catalogue search, ${compiled.length} variants cycled, anonymous (public activities)`);
  table(
    ['', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
    [
      [
        'API  GET /api/v1/catalogue/opportunities',
        search.count,
        fmt(search.rps),
        fmt(search.p50),
        fmt(search.p95),
        fmt(search.p99),
        searchResult.errors + searchResult.non2xx,
      ],
      [
        `SQL  same query, pg.Pool max ${SERVER_POOL_SIZE}`,
        baseline.count,
        fmt(baseline.rps),
        fmt(baseline.p50),
        fmt(baseline.p95),
        fmt(baseline.p99),
        baselineErrors,
      ],
    ],
  );
  console.log('');
  console.log('per variant: matches, alone (median of 10), under load (p95)');
  table(
    ['variant', 'matches', 'API alone', 'SQL alone', 'API p95', 'SQL p95'],
    compiled.map((variant, v) => [
      variant.name,
      unloaded[v].total,
      fmt(unloaded[v].api),
      fmt(unloaded[v].sql),
      fmt(statsOf(apiPerVariant[v], 1).p95),
      fmt(statsOf(baselinePerVariant[v], 1).p95),
    ]),
  );
  console.log('');
  console.log(
    `sign-ups: coordinator assigns a random (shift, volunteer): ${signupShiftIds.length} shifts × ${SIGNUP_CAPACITY} places, no waitlist, ${signupVolunteerIds.length} volunteers`,
  );
  table(
    ['', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
    [
      [
        'API  POST …/shifts/:shiftId/signups',
        signup.count,
        fmt(signup.rps),
        fmt(signup.p50),
        fmt(signup.p95),
        fmt(signup.p99),
        signupResult.errors + (signupResult['5xx'] ?? 0),
      ],
    ],
  );
  console.log(
    `201 created=${created}: ${fmt(created / signupResult.duration)}/s over the run, ` +
      `${fmt(created90 / fillingSeconds)}/s for the first 90% (${created90} in ${fmt(fillingSeconds)} s); refused (4xx) ${[
        ...refusals,
      ]
        .sort((a, b) => b[1] - a[1])
        .map(([code, n]) => `${code}:${n}`)
        .join(' ')}`,
  );
  console.log(
    `confirmed places=${check.confirmed} full roles=${check.full_roles} of ${signupShiftIds.length} overbooked roles=${overbooked}`,
  );
  console.log('');

  return `catalog: search_p95_ms=${round1(search.p95)} baseline_p95_ms=${round1(baseline.p95)} signup_rps=${round1(signup.rps)} overbooked=${overbooked}`;
}
