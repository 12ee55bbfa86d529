import type { FastifyBaseLogger } from 'fastify';
import { PgBoss } from 'pg-boss';
import type { JobDefinition, JobRunner } from './job-runner';

/**
 * pg-boss on PostgreSQL. Each job gets a `stately` queue: at most one run
 * queued and one active across all server instances, which is what a sweep needs.
 */
export function createPgBossRunner(connectionString: string, log: FastifyBaseLogger): JobRunner {
  const boss = new PgBoss({ connectionString, max: 3 });
  boss.on('error', (err) => log.error({ err }, 'pg-boss error'));
  const jobs = new Map<string, JobDefinition>();
  const active = new Set<Promise<void>>();
  let started = false;

  return {
    engine: 'pg-boss',
    define(job) {
      jobs.set(job.name, job);
    },
    async trigger(name) {
      if (!jobs.has(name)) throw new Error(`unknown job ${name}`);
      if (started) await boss.send(name, {});
    },
    async start() {
      await boss.start();
      for (const job of jobs.values()) {
        await boss.createQueue(job.name, { policy: 'stately', retryLimit: 3, retryDelay: 30 });
        await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
        await boss.work(job.name, { pollingIntervalSeconds: 1 }, async () => {
          const run = job.run();
          active.add(run);
          try {
            await run;
          } finally {
            active.delete(run);
          }
        });
      }
      started = true;
    },
    async stop() {
      started = false;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
    async idle() {
      while (active.size > 0) await Promise.allSettled([...active]);
    },
  };
}
