// API load benchmark: the demo network on PGlite (or PostgreSQL with DATABASE_URL),
// the real server on a loopback port, autocannon as the client. Prints figures; asserts nothing.
//   npm run bench:api            (PGlite, in memory)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:api
import autocannon from 'autocannon';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-data';
import { seedDemo } from '../packages/server/src/demo/seed-demo';
import { openTestDatabase } from '../packages/server/src/test/test-database';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const database = await openTestDatabase();
await seedDemo(database.db);
const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', WEB_DIST_DIR: '/nonexistent' }, 'bench');
const app = await buildApp(config, { database });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

const signIn = await fetch(`${address}/api/v1/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ identifier: 'admin@musubino.example.org', password: DEMO_PASSWORD }),
});
const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
const session = (await signIn.json()) as { activeOrgId: string };

const targets = [
  { name: 'GET /api/health', path: '/api/health', headers: {} },
  { name: 'GET /api/v1/session (signed in)', path: '/api/v1/session', headers: { cookie } },
  {
    name: 'GET members (hub, ~90 members)',
    path: `/api/v1/organizations/${session.activeOrgId}/members`,
    headers: { cookie },
  },
  { name: 'GET dashboard', path: `/api/v1/organizations/${session.activeOrgId}/dashboard`, headers: { cookie } },
];

console.log(`database=${database.kind} connections=${CONNECTIONS} duration=${DURATION_S}s node=${process.version}`);
for (const target of targets) {
  const result = await autocannon({
    url: `${address}${target.path}`,
    headers: target.headers,
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  const ok = result.non2xx === 0 && result.errors === 0;
  console.log(
    `${target.name.padEnd(36)} req/s=${Math.round(result.requests.average)} p50_ms=${result.latency.p50} p99_ms=${result.latency.p99} non2xx=${result.non2xx} errors=${result.errors}${ok ? '' : ' (!)'}`,
  );
}

await app.close();
await database.close();
