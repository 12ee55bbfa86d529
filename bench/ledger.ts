// Ledger benchmark on PostgreSQL, three sections through the real HTTP API:
//  1. time-credit transfers under concurrency (hot and cold accounts, duplicate submissions),
//     first one transfer per request, then atomic batches of transfers (the way TigerBeetle and
//     Formance reach their throughput), with the same clients and duration;
//  2. pgbench's built-in TPC-B-like script on a scratch database of the same server, same client
//     count, same duration;
//  3. a clock-in burst: 5,000 clock-ins from 200 concurrent volunteer sessions scanning the sites'
//     rotating codes, ~5% of scans resent (some concurrently): latency p50/p95/p99 and duplicates.
// Afterwards it checks the ledger's invariants (reconcile: every balance equals its entries, every
// transfer sums to zero; no balance below its floor; every accepted key applied exactly once) and
// counts duplicate attendance records and scans. Prints figures; asserts nothing. The last line:
//   ledger: transfers_per_s=<n> pgbench_tps=<n> ratio=<r> clockin_p99_ms=<n> duplicates=<n> invariant=<ok|broken>
// where transfers_per_s is the batched figure (distinct transfers applied per second through the API).
// Run:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:ledger
// BENCH_CLIENTS (default 32), BENCH_DURATION (seconds per phase, default 20), BENCH_ACCOUNTS (cold
// member accounts, default 200), BENCH_HOT (hot accounts, default 4), BENCH_BATCH (transfers per
// batch, default 50), BENCH_PGBENCH_SCALE (default: the client count), BENCH_CLOCKINS (default
// 5000), BENCH_CLOCKIN_CLIENTS (default 200) change the run; BENCH_KEEP_DATABASE=1 keeps the
// ledger database.
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { TLedgerReconciliation, TSessionResponse, TSiteCodesResponse } from '@musubi/shared';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { DEFAULT_RULES } from '../packages/server/src/modules/ledger/rules.service';
import { addMembershipDirectly, createAccount } from '../packages/server/src/modules/people';
import { insertVolunteer } from '../packages/server/src/modules/volunteers';
import { hashPassword } from '../packages/server/src/platform/auth/password';
import type { Database } from '../packages/server/src/platform/db/client';
import { BenchDatabase } from './support/bench-database';

const run = promisify(execFile);
const PGBENCH = '/usr/bin/pgbench';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const COLD = Number(process.env.BENCH_ACCOUNTS ?? 200);
const HOT = Number(process.env.BENCH_HOT ?? 4);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const PGBENCH_SCALE = Number(process.env.BENCH_PGBENCH_SCALE ?? CLIENTS);
const CLOCKINS = Number(process.env.BENCH_CLOCKINS ?? 5000);
const CLOCKIN_CLIENTS = Number(process.env.BENCH_CLOCKIN_CLIENTS ?? 200);
/** Share of transfers that touch a hot account, and of submissions sent twice (a client retrying). */
const HOT_SHARE = 0.3;
const DUPLICATE_SHARE = 0.05;
const START_BALANCE = 100_000;
const VOLUNTEER_PASSWORD = 'bench-volunteer-password-1234';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'bench:ledger needs PostgreSQL: set DATABASE_URL to a server where it may create (and drop) databases, e.g.\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:ledger',
  );
  process.exit(1);
}

// ---------------------------------------------------------------- helpers

const round1 = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const latencyLine = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `p50 ${round1(percentile(sorted, 50))} ms, p95 ${round1(percentile(sorted, 95))} ms, p99 ${round1(percentile(sorted, 99))} ms`;
};

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** libpq connection settings of a database URL, for pgbench's environment. */
function libpqEnv(url: string, dbname: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username || 'postgres'),
    ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}),
    PGDATABASE: dbname,
  };
}

// ---------------------------------------------------------------- the run

const bench = new BenchDatabase(databaseUrl, 'musubi_bench_ledger');
let database: Database;
let pool: pg.Pool;

async function main(): Promise<string> {
  ({ database, pool } = await bench.open(4));
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', WEB_DIST_DIR: '/nonexistent' }, 'bench');
  const app = await buildApp(config, { database });
  bench.onClose(() => app.close());
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const serverVersion = (await pool.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
  console.log(`load average at the start: ${load()}`);
  console.log(
    `database=postgresql ${serverVersion} clients=${CLIENTS} duration=${DURATION_S}s hot=${HOT} cold=${COLD} ` +
      `batch=${BATCH} node=${process.version}`,
  );

  const org = await setUpOrganization(address);
  const ledger = await ledgerSection(org);
  const pgbench = await pgbenchSection();
  const clockIn = await clockInSection(org);
  const ratio = pgbench.tps > 0 ? ledger.batchedPerS / pgbench.tps : Number.NaN;
  console.log(
    `ratio (batched ledger transfers/s ÷ pgbench tps): ${ratio.toFixed(2)} (target ≥ 0.5); ` +
      `one transfer per request: ${(ledger.singlePerS / pgbench.tps).toFixed(2)}`,
  );
  console.log(`load average at the end: ${load()}`);
  const invariant = ledger.invariant && clockIn.duplicates === 0 && clockIn.ok;
  return (
    `ledger: transfers_per_s=${round1(ledger.batchedPerS)} pgbench_tps=${round1(pgbench.tps)} ` +
    `ratio=${ratio.toFixed(2)} clockin_p99_ms=${round1(clockIn.p99)} duplicates=${clockIn.duplicates} ` +
    `invariant=${invariant ? 'ok' : 'broken'}`
  );
}

// ---------------------------------------------------------------- the organization, through the API

interface Org {
  address: string;
  orgId: string;
  base: string;
  signedIn: Record<string, string>;
  send: (path: string, body: unknown, headers?: Record<string, string>, method?: string) => Promise<Response>;
  ok: (response: Response, what: string) => Promise<Response>;
}

async function setUpOrganization(address: string): Promise<Org> {
  const send = async (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
    fetch(`${address}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'accept-language': 'ja', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const ok = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response;
  };
  const setup = await ok(
    await send('/api/v1/setup', {
      organization: {
        name: '結び野タイムバンク',
        kind: 'time_bank',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
        runsNetwork: false,
      },
      admin: {
        name: '佐藤 花子',
        nameReading: 'さとう はなこ',
        email: 'hanako@example.org',
        password: 'bench-password-1234',
      },
    }),
    'setup',
  );
  const cookie = setup.headers
    .getSetCookie()
    .find((c) => c.includes('musubi_session'))!
    .split(';')[0];
  const session = (await setup.json()) as TSessionResponse;
  const orgId = session.activeOrgId!;
  return {
    address,
    orgId,
    base: `/api/v1/organizations/${orgId}`,
    signedIn: { cookie, 'x-csrf-token': session.csrfToken! },
    send,
    ok,
  };
}

// ---------------------------------------------------------------- ledger transfers through the API

async function ledgerSection({ address, orgId, base, signedIn, send, ok }: Org) {
  // Mutual exchange: a spend moves credits from one member to the member who served.
  await ok(await send(`${base}/ledger/rules`, { ...DEFAULT_RULES, mode: 'mutual_exchange' }, signedIn, 'PUT'), 'rules');
  const setupStart = performance.now();
  const accounts: string[] = [];
  for (let i = 0; i < HOT + COLD; i++) {
    const volunteer = await ok(
      await send(`${base}/volunteers`, { name: `会員 ${i}`, confirmNotDuplicate: true }, signedIn),
      'volunteer',
    );
    const account = await ok(
      await send(`${base}/ledger/accounts`, { volunteerId: ((await volunteer.json()) as { id: string }).id }, signedIn),
      'account',
    );
    const accountId = ((await account.json()) as { id: string }).id;
    await ok(
      await send(
        `${base}/ledger/adjustments`,
        { accountId, amount: START_BALANCE, reason: '初期残高' },
        { ...signedIn, 'idempotency-key': `bench-start-${i}` },
      ),
      'top-up',
    );
    accounts.push(accountId);
  }
  console.log(
    `set up ${accounts.length} member accounts through the API in ${round1((performance.now() - setupStart) / 1000)} s`,
  );
  // Statistics, as autovacuum keeps them on a live server (pgbench -i ends with the same for its
  // tables). Without them, on a database a few seconds old, the planner checks each entry's
  // foreign key with an index that reads all of the organization's transfers (bench/README).
  await pool.query('vacuum analyze');
  const common = {
    headers: { 'content-type': 'application/json', 'accept-language': 'ja', ...signedIn },
    clients: CLIENTS,
    durationMs: DURATION_S * 1000,
    hot: accounts.slice(0, HOT),
    cold: accounts.slice(HOT),
    hotShare: HOT_SHARE,
    duplicateShare: DUPLICATE_SHARE,
  };

  // Phase 1, one transfer per request. Closed loop: each client sends one request, waits for the
  // answer, sends the next. The clients run in a worker thread, so the load generator does not
  // take the server's thread (pgbench, too, is a process of its own).
  const single = await runLoad({ ...common, url: `${address}${base}/ledger/spends`, batch: 0 });
  const singlePerS = single.transfers / single.elapsedS;
  console.log(
    `ledger API, one transfer per request: ${single.transfers} transfers in ${round1(single.elapsedS)} s = ` +
      `${round1(singlePerS)} transfers/s; ${single.latencies.length} requests (${single.duplicatesSent} duplicate ` +
      `submissions, ${single.refused} refused, ${single.failures} failed); latency ${latencyLine(single.latencies)}`,
  );

  // Phase 2, atomic batches of BATCH transfers per request, same clients, same accounts, same duration.
  const batched = await runLoad({ ...common, url: `${address}${base}/ledger/transfer-batches`, batch: BATCH });
  const batchedPerS = batched.transfers / batched.elapsedS;
  console.log(
    `ledger API, atomic batches of ${BATCH}: ${batched.transfers} transfers in ${batched.accepted.length} batches in ` +
      `${round1(batched.elapsedS)} s = ${round1(batchedPerS)} transfers/s; ${batched.latencies.length} requests ` +
      `(${batched.duplicatesSent} duplicate submissions, ${batched.refused} refused, ${batched.failures} failed); ` +
      `latency per batch ${latencyLine(batched.latencies)}`,
  );

  // Invariants: reconcile, and each accepted key written exactly once.
  const reconciliation = (await (
    await ok(await send(`${base}/ledger/reconciliation`, undefined, signedIn, 'GET'), 'reconcile')
  ).json()) as TLedgerReconciliation;
  const perKey = await pool.query<{ key: string; id: string; n: number }>(
    `select idempotency_key as key, min(id::text) as id, count(*)::int as n from ledger_transfer
     where org_id = $1 and kind = 'spend' and idempotency_key is not null group by idempotency_key`,
    [orgId],
  );
  const written = new Map(perKey.rows.map((row) => [row.key, row]));
  const singleOnce =
    written.size === single.accepted.length &&
    single.accepted.every(([key, answer]) => written.get(key)?.n === 1 && written.get(key)?.id === answer.id);
  const perBatch = await pool.query<{ key: string; id: string; n: number; transfers: number }>(
    `select b.idempotency_key as key, b.id::text as id, cardinality(b.transfer_ids)::int as transfers,
       (select count(*)::int from ledger_transfer t where t.org_id = b.org_id and t.id = any (b.transfer_ids)) as n
     from ledger_batch b where b.org_id = $1`,
    [orgId],
  );
  const batches = new Map(perBatch.rows.map((row) => [row.key, row]));
  const unkeyed = (
    await pool.query<{ n: number }>(
      `select count(*)::int as n from ledger_transfer where org_id = $1 and kind = 'spend' and idempotency_key is null`,
      [orgId],
    )
  ).rows[0].n;
  const batchOnce =
    batches.size === batched.accepted.length &&
    batched.accepted.every(([key, answer]) => {
      const row = batches.get(key);
      return row?.id === answer.id && row.transfers === answer.count && row.n === answer.count;
    }) &&
    unkeyed === batched.transfers;
  const negative = (
    await pool.query<{ n: number }>(
      `select count(*)::int as n from ledger_account where org_id = $1 and floor is not null and balance < floor`,
      [orgId],
    )
  ).rows[0].n;
  const failures = single.failures + batched.failures;
  const invariant = reconciliation.ok && singleOnce && batchOnce && negative === 0 && failures === 0;
  console.log(
    `invariants: reconcile=${reconciliation.ok ? 'ok' : 'broken'} (${reconciliation.accountCount} accounts, ` +
      `${reconciliation.transferCount} transfers) exactly_once=${singleOnce && batchOnce} ` +
      `(single ${singleOnce}, batches ${batchOnce}) below_floor=${negative} failures=${failures}`,
  );
  return { singlePerS, batchedPerS, invariant };
}

// ---------------------------------------------------------------- pgbench on a scratch database

async function pgbenchSection() {
  const name = `musubi_bench_pgbench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  bench.onClose(async () => {
    const dropper = new pg.Client({ connectionString: databaseUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  });
  const env = libpqEnv(databaseUrl!, name);
  const init = performance.now();
  await run(PGBENCH, ['-i', '-q', '-s', String(PGBENCH_SCALE)], { env, maxBuffer: 16 * 1024 * 1024 });
  console.log(`pgbench: initialised scale ${PGBENCH_SCALE} in ${round1((performance.now() - init) / 1000)} s`);
  const threads = Math.min(CLIENTS, 2);
  const { stdout } = await run(
    PGBENCH,
    ['-c', String(CLIENTS), '-j', String(threads), '-T', String(DURATION_S), '-M', 'prepared'],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
  console.log(
    `pgbench (TPC-B-like, ${CLIENTS} clients, ${threads} threads, ${DURATION_S} s): ${round1(tps)} tps, latency average ${latency} ms`,
  );
  return { tps };
}

// ---------------------------------------------------------------- the clock-in burst

async function clockInSection({ address, orgId, base, signedIn, send, ok }: Org) {
  const activities = Math.ceil(CLOCKINS / CLOCKIN_CLIENTS);
  const setupStart = performance.now();
  // Activities through the API.
  const opportunityIds: string[] = [];
  for (let i = 0; i < activities; i++) {
    const response = await ok(
      await send(
        `${base}/opportunities`,
        {
          title: `見守りサロン ${i + 1}`,
          category: 'elderly',
          address: `結び野市中央${i + 1}-1`,
          location: { lat: 35.68 + i / 1000, lng: 139.76 },
          status: 'published',
        },
        signedIn,
      ),
      'activity',
    );
    opportunityIds.push(((await response.json()) as { id: string }).id);
  }
  // Volunteers with a sign-in: written with the server's own functions (accounts, memberships,
  // volunteer records) because 200 registrations by e-mail confirmation through the API would
  // take longer than the burst; the password is hashed once (Argon2id) and shared. Each then
  // signs in through the API (POST /api/v1/session), so every client holds a real session.
  const passwordHash = await hashPassword(VOLUNTEER_PASSWORD);
  const db = database.db;
  const sessions: Record<string, string>[] = [];
  for (let i = 0; i < CLOCKIN_CLIENTS; i++) {
    const email = `clockin${i}@bench.example.org`;
    const name = `参加者 ${i + 1}`;
    const account = await createAccount(db, { name, email, passwordHash, locale: 'ja' });
    await addMembershipDirectly(db, orgId, account.id, 'volunteer');
    await db.transaction((tx) =>
      insertVolunteer(tx, orgId, {
        fields: { name },
        consents: [],
        registeredVia: 'self',
        recorder: { accountId: account.id, requestId: 'bench', self: true },
        accountId: account.id,
        status: 'active',
        refuseDuplicates: false,
      }),
    );
  }
  // Sign-ins, four at a time (Argon2 verification is the cost).
  for (let i = 0; i < CLOCKIN_CLIENTS; i += 4) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, CLOCKIN_CLIENTS - i) }, async (_, j) => {
        const response = await ok(
          await send('/api/v1/session', {
            identifier: `clockin${i + j}@bench.example.org`,
            password: VOLUNTEER_PASSWORD,
          }),
          'sign-in',
        );
        const cookie = response.headers
          .getSetCookie()
          .find((c) => c.includes('musubi_session'))!
          .split(';')[0];
        const session = (await response.json()) as TSessionResponse;
        return { cookie, 'x-csrf-token': session.csrfToken! };
      }),
    );
    sessions.push(...batch);
  }
  // The sites' rotating codes, fetched ahead as the screen page does (from a minute ago, 40 steps).
  const from = new Date(Date.now() - 60_000).toISOString();
  const codes: { code: string; validFrom: number; validUntil: number }[][] = [];
  for (const opportunityId of opportunityIds) {
    const response = await ok(
      await send(
        `${base}/attendance/site-codes?opportunityId=${opportunityId}&from=${encodeURIComponent(from)}&count=40`,
        undefined,
        signedIn,
        'GET',
      ),
      'site codes',
    );
    const body = (await response.json()) as TSiteCodesResponse;
    codes.push(
      body.codes.map((c) => ({
        code: c.code,
        validFrom: Date.parse(c.validFrom),
        validUntil: Date.parse(c.validUntil),
      })),
    );
  }
  // Statistics for the new volunteers, accounts and sessions, as for the ledger above.
  await pool.query('vacuum analyze');
  console.log(
    `clock-in burst: set up ${activities} activities and ${CLOCKIN_CLIENTS} signed-in volunteers in ` +
      `${round1((performance.now() - setupStart) / 1000)} s`,
  );

  const started = performance.now();
  const result = await runBurst({
    address,
    sessions,
    codes,
    clockIns: CLOCKINS,
    resendShare: DUPLICATE_SHARE,
  });
  const elapsedS = (performance.now() - started) / 1000;
  console.log(
    `clock-in burst: ${result.sent} clock-ins from ${CLOCKIN_CLIENTS} clients in ${round1(elapsedS)} s ` +
      `(${round1(result.sent / elapsedS)}/s); ${result.latencies.length} requests (${result.resent} resent, ` +
      `${result.resentTogether} of them at the same moment); accepted ${result.accepted}, refused ${result.refused} ` +
      `(${Object.entries(result.refusedCodes)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ')}), replies differing from the first ${result.mismatches}, failed ${result.failures}; ` +
      `latency ${latencyLine(result.latencies)}`,
  );
  // Duplicates, from the database: records beyond one per (volunteer, activity, day), and scans
  // stored more than once or not at all.
  const extraRecords = (
    await pool.query<{ n: number }>(
      `select (count(*) - count(distinct (volunteer_id, opportunity_id, service_date)))::int as n
       from attendance_record where org_id = $1`,
      [orgId],
    )
  ).rows[0].n;
  const scans = (
    await pool.query<{ stored: number; distinct: number; records: number }>(
      `select count(*)::int as stored, count(distinct id)::int as distinct,
         (select count(*)::int from attendance_record r where r.org_id = $1 and r.clock_in_at is not null) as records
       from attendance_scan where org_id = $1`,
      [orgId],
    )
  ).rows[0];
  const duplicates = extraRecords + (scans.stored - scans.distinct);
  const ok_ =
    result.failures === 0 &&
    result.mismatches === 0 &&
    scans.distinct === result.sent &&
    scans.records === result.accepted;
  console.log(
    `clock-in invariants: duplicates=${duplicates} (records beyond one per volunteer, activity and day ${extraRecords}; ` +
      `scans stored ${scans.stored} for ${result.sent} scan ids, ${scans.distinct} distinct); ` +
      `records with a clock-in ${scans.records} = accepted ${result.accepted}: ${scans.records === result.accepted}`,
  );
  const sorted = [...result.latencies].sort((a, b) => a - b);
  return { p99: percentile(sorted, 99), duplicates, ok: ok_ };
}

// ---------------------------------------------------------------- load clients in worker threads

interface ClientRun {
  url: string;
  headers: Record<string, string>;
  clients: number;
  durationMs: number;
  hot: string[];
  cold: string[];
  hotShare: number;
  duplicateShare: number;
  /** 0: one spend per request (the spends route); n: batches of n spends (the transfer-batches route). */
  batch: number;
}

interface ClientResult {
  latencies: number[];
  /** Accepted keys with the answer's id and how many transfers it carried. */
  accepted: [string, { id: string; count: number }][];
  transfers: number;
  elapsedS: number;
  duplicatesSent: number;
  refused: number;
  failures: number;
}

/** Plain JavaScript for the worker (no TypeScript loader needed there). */
const RANDOM_CODE = `
function generator(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
`;

const CLIENT_CODE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
${RANDOM_CODE}
(async () => {
  const latencies = [];
  const accepted = new Map();
  let duplicatesSent = 0, refused = 0, failures = 0;
  const started = performance.now();
  const deadline = started + w.durationMs;
  await Promise.all(Array.from({ length: w.clients }, async (_, client) => {
    const random = generator((w.batch ? 7000 : 1000) + client);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const spend = () => {
      const from = random() < w.hotShare ? pick(w.hot) : pick(w.cold);
      let to = random() < w.hotShare ? pick(w.hot) : pick(w.cold);
      while (to === from) to = pick(w.cold);
      return { fromAccountId: from, toAccountId: to, minutes: 1 + Math.floor(random() * 30) };
    };
    let n = 0;
    while (performance.now() < deadline) {
      const key = 'bench-' + (w.batch ? 'batch-' : '') + client + '-' + n++;
      const body = JSON.stringify(
        w.batch ? { transfers: Array.from({ length: w.batch }, () => ({ kind: 'spend', ...spend() })) } : spend(),
      );
      const copies = random() < w.duplicateShare ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        if (c > 0) duplicatesSent += 1;
        const t0 = performance.now();
        try {
          const response = await fetch(w.url, { method: 'POST', headers: { ...w.headers, 'idempotency-key': key }, body });
          const answer = await response.json();
          latencies.push(performance.now() - t0);
          if (response.status === 201 && answer.id) {
            const earlier = accepted.get(key);
            if (earlier && earlier.id !== answer.id) failures += 1;
            accepted.set(key, { id: answer.id, count: w.batch ? answer.transferCount : 1 });
          } else if (response.status === 409) refused += 1;
          else failures += 1;
        } catch {
          failures += 1;
        }
      }
    }
  }));
  const elapsedS = (performance.now() - started) / 1000;
  let transfers = 0;
  for (const answer of accepted.values()) transfers += answer.count;
  parentPort.postMessage({ latencies, accepted: [...accepted], transfers, elapsedS, duplicatesSent, refused, failures });
})();
`;

function inWorker<T>(code: string, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    worker.once('message', (result: T) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const runLoad = (load: ClientRun) => inWorker<ClientResult>(CLIENT_CODE, load);

interface BurstRun {
  address: string;
  /** One signed-in volunteer per client: cookie and CSRF token. */
  sessions: Record<string, string>[];
  /** Per activity, its rotating codes with their windows (ms since the epoch). */
  codes: { code: string; validFrom: number; validUntil: number }[][];
  clockIns: number;
  resendShare: number;
}

interface BurstResult {
  latencies: number[];
  sent: number;
  resent: number;
  resentTogether: number;
  accepted: number;
  refused: number;
  refusedCodes: Record<string, number>;
  /** Replies to a resent scan that differ from the first reply. */
  mismatches: number;
  failures: number;
}

/**
 * 200 clients, each a volunteer's session, each clocking in to the activities in its own order
 * (one clock-in per activity and day: every one legitimate), all at once. A scan carries a
 * UUIDv7 made on the "device" and the code of the activity's screen at the scan's moment; ~5%
 * are sent again with the same id and body, half of those at the same moment as the first.
 */
const BURST_CODE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { randomFillSync } = require('node:crypto');
${RANDOM_CODE}
function uuidv7() {
  const bytes = randomFillSync(new Uint8Array(16));
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
}
/** JSON with object keys sorted (a stored answer may come back with its keys in another order). */
function canonical(value) {
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  if (value && typeof value === 'object') {
    return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}
(async () => {
  const latencies = [];
  let sent = 0, resent = 0, resentTogether = 0, accepted = 0, refused = 0, mismatches = 0, failures = 0;
  const refusedCodes = {};
  const url = (id) => w.address + '/api/v1/attendance/scans/' + id;
  const put = async (id, headers, body) => {
    const t0 = performance.now();
    try {
      const response = await fetch(url(id), { method: 'PUT', headers, body });
      const text = await response.text();
      latencies.push(performance.now() - t0);
      if (response.status !== 200) { failures += 1; return null; }
      return text;
    } catch {
      failures += 1;
      return null;
    }
  };
  const perClient = Math.ceil(w.clockIns / w.sessions.length);
  let remaining = w.clockIns;
  await Promise.all(w.sessions.map(async (session, client) => {
    const random = generator(5000 + client);
    const headers = { 'content-type': 'application/json', 'accept-language': 'ja', ...session };
    for (let k = 0; k < perClient; k++) {
      if (remaining <= 0) return;
      remaining -= 1;
      const activity = (client + k) % w.codes.length;
      const now = Date.now();
      const current = w.codes[activity].find((c) => c.validFrom <= now && now < c.validUntil);
      const id = uuidv7();
      const body = JSON.stringify({
        kind: 'site', code: current ? current.code : 'no-code', action: 'in', scannedAt: new Date(now).toISOString(),
      });
      sent += 1;
      const resend = random() < w.resendShare;
      const together = resend && random() < 0.5;
      let first;
      let again = null;
      if (together) {
        resent += 1; resentTogether += 1;
        [first, again] = await Promise.all([put(id, headers, body), put(id, headers, body)]);
      } else {
        first = await put(id, headers, body);
        if (resend) { resent += 1; again = await put(id, headers, body); }
      }
      if (first === null) continue;
      const answer = JSON.parse(first);
      if (answer.result === 'accepted') accepted += 1;
      else { refused += 1; refusedCodes[answer.code] = (refusedCodes[answer.code] ?? 0) + 1; }
      if (resend && again !== null && canonical(JSON.parse(again)) !== canonical(answer)) mismatches += 1;
    }
  }));
  parentPort.postMessage({ latencies, sent, resent, resentTogether, accepted, refused, refusedCodes, mismatches, failures });
})();
`;

const runBurst = (burst: BurstRun) => inWorker<BurstResult>(BURST_CODE, burst);

// Last, so every constant above is initialised before the run starts.
await bench.run(main);
