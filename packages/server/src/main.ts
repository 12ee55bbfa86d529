import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { type Config, loadConfig } from './config';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo/demo-data';
import { seedDemo } from './demo/seed-demo';
import { openDatabase } from './platform/db/client';

export function readVersion(): string {
  const file = path.resolve(import.meta.dirname, '../package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

export function configFromEnvironment(): Config {
  return loadConfig(process.env, readVersion());
}

/** The demo runs on its own data folder next to the usual one (./data-demo), so it never mixes with real data. */
export function demoConfig(config: Config): Config {
  if (config.database.kind !== 'pglite' || !config.database.dataDir) return config;
  return { ...config, database: { kind: 'pglite', dataDir: `${config.database.dataDir}-demo` } };
}

/** Starts the server, optionally on the demo network, and stops cleanly on SIGINT/SIGTERM. */
export async function startServer(config: Config, options: { demo?: boolean } = {}): Promise<FastifyInstance> {
  if (options.demo) {
    config = demoConfig(config);
    const database = await openDatabase(config.database);
    await database.migrate();
    const seeded = await seedDemo(database.db);
    await database.close();
    printDemoBanner(seeded);
  }
  const app = await buildApp(config, { startJobs: true });
  await app.listen({ port: config.port, host: config.host });
  const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL';
  app.log.info({ database: where }, `Musubi ${config.version} is listening`);
  // One plain line for the person who typed `npm start`, between the JSON logs.
  process.stdout.write(`\nMusubi ${config.version} is running at ${config.publicUrl} (database: ${where})\n\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info(`${signal}: shutting down`);
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return app;
}

function printDemoBanner(seeded: boolean): void {
  const lines = [
    '',
    `Musubi demo network ${seeded ? 'created' : 'reused'}. Every demo account's password: ${DEMO_PASSWORD}`,
    ...DEMO_LOGINS.map((login) => `  ${login.email.padEnd(36)} ${login.role.padEnd(14)} ${login.description}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
