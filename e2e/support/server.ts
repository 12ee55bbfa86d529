import path from 'node:path';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { seedDemo } from '../../packages/server/src/demo/seed-demo';
import { openTestDatabase } from '../../packages/server/src/test/test-database';

export interface RunningMusubi {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server with the built web app, on a fresh database (in-memory PGlite,
 * or a new PostgreSQL database when DATABASE_URL is set), on a free loopback port.
 */
export async function startMusubi(options: { demo?: boolean } = {}): Promise<RunningMusubi> {
  const database = await openTestDatabase();
  if (options.demo) await seedDemo(database.db);
  const config = loadConfig(
    { LOG_LEVEL: 'warn', WEB_DIST_DIR: path.resolve(import.meta.dirname, '../../packages/web/dist') },
    'e2e',
  );
  const app = await buildApp(config, { database });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address.replace('127.0.0.1', 'localhost'),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
