import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { seedDemo } from '../../packages/server/src/demo/seed-demo';
import { openTestDatabase } from '../../packages/server/src/test/test-database';

export interface RunningMusubi {
  baseUrl: string;
  close(): Promise<void>;
}

/** A free loopback port, chosen before the server starts so that it knows its own address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server with the built web app, on a fresh database (in-memory PGlite,
 * or a new PostgreSQL database when DATABASE_URL is set), on a free loopback port.
 * Its public address is that port, so the links it writes (calendar feeds, mails) open.
 */
export async function startMusubi(options: { demo?: boolean } = {}): Promise<RunningMusubi> {
  const database = await openTestDatabase();
  if (options.demo) await seedDemo(database.db);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const config = loadConfig(
    {
      LOG_LEVEL: 'warn',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      WEB_DIST_DIR: path.resolve(import.meta.dirname, '../../packages/web/dist'),
      MAP_TILE_URL: 'none',
    },
    'e2e',
  );
  const app = await buildApp(config, { database });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
