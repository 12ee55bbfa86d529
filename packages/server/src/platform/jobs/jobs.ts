import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { createInProcessRunner } from './in-process-runner';
import type { JobRunner } from './job-runner';
import { createPgBossRunner } from './pg-boss-runner';

/** pg-boss where there is a PostgreSQL server to share; in-process on embedded PGlite. */
export function createJobRunner(database: Database, log: FastifyBaseLogger): JobRunner {
  return database.connectionString ? createPgBossRunner(database.connectionString, log) : createInProcessRunner(log);
}
