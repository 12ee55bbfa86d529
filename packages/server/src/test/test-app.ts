import type { TSessionResponse } from '@musubi/shared';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../platform/db/client';
import { openTestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** The real app on a fresh database, configured as in production but silent. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { startJobs?: boolean } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig(
    { LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent-web-dist', PUBLIC_URL: 'http://musubi.test', ...env },
    'test',
  );
  const app = await buildApp(config, { database, startJobs: options.startJobs });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * A browser stand-in: keeps the session cookie and sends the CSRF token on
 * writes, like the web app does.
 */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(
    readonly app: FastifyInstance,
    readonly locale = 'en',
  ) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        'accept-language': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.cookies.find((c) => c.name.endsWith('musubi_session'));
    if (setCookie) this.cookie = setCookie.value ? `${setCookie.name}=${setCookie.value}` : null;
    if (response.headers['content-type']?.toString().includes('json')) {
      const json = response.json() as Partial<TSessionResponse>;
      if (json && typeof json === 'object' && 'csrfToken' in json) this.csrfToken = json.csrfToken ?? null;
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  async signIn(identifier: string, password: string): Promise<TSessionResponse> {
    const response = await this.post('/api/v1/session', { identifier, password });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    return response.json();
  }
}

export const ADMIN_PASSWORD = 'correct horse battery staple';

export function setupBody(overrides: { name?: string; email?: string; runsNetwork?: boolean } = {}) {
  return {
    organization: {
      name: overrides.name ?? '結び野市ボランティアセンター',
      kind: 'volunteer_center',
      locale: 'ja',
      timeZone: 'Asia/Tokyo',
      fiscalYearStartMonth: 4,
      runsNetwork: overrides.runsNetwork ?? true,
    },
    admin: {
      name: '佐藤 花子',
      nameReading: 'さとう はなこ',
      email: overrides.email ?? 'hanako@example.org',
      password: ADMIN_PASSWORD,
    },
  };
}

/** Runs first-run setup and returns the signed-in administrator's client and organization id. */
export async function setUpFirstOrganization(app: FastifyInstance) {
  const admin = new TestClient(app);
  const response = await admin.post('/api/v1/setup', setupBody());
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  const session = response.json() as TSessionResponse;
  return { admin, orgId: session.activeOrgId!, session };
}
