/**
 * Background work that must not die with a request: reminders, alerts, mail
 * delivery, clean-ups. Two engines implement it: pg-boss on PostgreSQL (jobs
 * survive restarts and are shared by every server instance) and an in-process
 * runner on PGlite (one process owns the embedded database anyway).
 *
 * The rule that makes both safe: a job carries no state the database does not
 * already hold. A handler looks up what is due (pending mail, expired
 * sessions, reminders whose time has come) and does it, so a run that is lost
 * or repeated is caught up by the next one. `cron` schedules that sweep;
 * `trigger` asks for an extra run now (say, right after a mail was queued).
 */
export interface JobDefinition {
  name: string;
  /** Five-field cron in UTC, e.g. `17 * * * *`. */
  cron: string;
  run: () => Promise<void>;
}

export interface JobRunner {
  readonly engine: 'pg-boss' | 'in-process';
  define(job: JobDefinition): void;
  /** Requests a run soon; concurrent requests coalesce into at most one queued run. */
  trigger(name: string): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves once no run is queued or active (tests and graceful shutdown). */
  idle(): Promise<void>;
}
