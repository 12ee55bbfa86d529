import { CronExpressionParser } from 'cron-parser';
import type { FastifyBaseLogger } from 'fastify';
import type { JobDefinition, JobRunner } from './job-runner';

interface State {
  job: JobDefinition;
  running: Promise<void> | null;
  queued: boolean;
  timer: NodeJS.Timeout | null;
}

/** Runs jobs inside this process, one run per job at a time, on their cron schedule (PGlite). */
export function createInProcessRunner(log: FastifyBaseLogger): JobRunner {
  const jobs = new Map<string, State>();
  let started = false;

  function execute(state: State): void {
    if (state.running) {
      state.queued = true;
      return;
    }
    state.running = state.job
      .run()
      .catch((err) => log.error({ err, job: state.job.name }, 'job failed'))
      .finally(() => {
        state.running = null;
        if (state.queued && started) {
          state.queued = false;
          execute(state);
        }
      });
  }

  function scheduleNext(state: State): void {
    const next = CronExpressionParser.parse(state.job.cron, { tz: 'UTC' }).next().getTime();
    // setTimeout holds at most ~24.8 days; cron gaps here are far shorter, but stay safe.
    const delay = Math.min(Math.max(next - Date.now(), 1000), 2 ** 31 - 1);
    state.timer = setTimeout(() => {
      execute(state);
      scheduleNext(state);
    }, delay);
    state.timer.unref();
  }

  return {
    engine: 'in-process',
    define(job) {
      jobs.set(job.name, { job, running: null, queued: false, timer: null });
    },
    async trigger(name) {
      const state = jobs.get(name);
      if (!state) throw new Error(`unknown job ${name}`);
      if (started) execute(state);
    },
    async start() {
      started = true;
      for (const state of jobs.values()) scheduleNext(state);
    },
    async stop() {
      started = false;
      for (const state of jobs.values()) {
        if (state.timer) clearTimeout(state.timer);
        state.queued = false;
      }
      await this.idle();
    },
    async idle() {
      for (const state of jobs.values()) {
        while (state.running) await state.running;
      }
    },
  };
}
