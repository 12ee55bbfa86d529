import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app';
import { openTestDatabase } from '../../test/test-database';
import { type Database, queryRows } from './client';
import { DB_MAINTENANCE_JOB, maintainTables } from './maintenance';

interface Counters {
  dead: number;
  changed: number;
  vacuumed: boolean;
  analyzed: boolean;
}

describe('database maintenance (autovacuum for PGlite)', () => {
  let database: Database;

  const counters = async (table: string) => {
    const [row] = await queryRows<Counters>(
      database.db,
      sql`select n_dead_tup::int as dead, n_mod_since_analyze::int as changed,
            last_vacuum is not null as vacuumed, last_analyze is not null as analyzed
          from pg_stat_user_tables where schemaname = 'public' and relname = ${table}`,
    );
    return row;
  };

  /** PostgreSQL publishes a connection's counters within about a second; PGlite at once. */
  const until = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('table counters never showed the changes');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    database = await openTestDatabase();
    const db = database.db;
    // Three tables of this test's own: one with 1,000 rows updated (1,000 dead versions), one
    // with 1,000 rows only inserted (changed, nothing dead), one with 10 rows (under both thresholds).
    await db.execute(sql`create table maintenance_churned (id int primary key, v int not null)`);
    await db.execute(sql`create table maintenance_grown (id int primary key, v int not null)`);
    await db.execute(sql`create table maintenance_quiet (id int primary key, v int not null)`);
    // On PostgreSQL, autovacuum must not do the job's work before the job.
    if (database.kind === 'postgresql') {
      for (const table of ['maintenance_churned', 'maintenance_grown', 'maintenance_quiet']) {
        await db.execute(sql.raw(`alter table ${table} set (autovacuum_enabled = false)`));
      }
    }
    await db.execute(sql`insert into maintenance_churned select g, g from generate_series(1, 1000) g`);
    await db.execute(sql`update maintenance_churned set v = v + 1`);
    await db.execute(sql`insert into maintenance_grown select g, g from generate_series(1, 1000) g`);
    await db.execute(sql`insert into maintenance_quiet select g, g from generate_series(1, 10) g`);
    await until(async () => {
      const [churned, grown, quiet] = await Promise.all(
        ['maintenance_churned', 'maintenance_grown', 'maintenance_quiet'].map(counters),
      );
      return churned?.dead >= 1000 && grown?.changed >= 1000 && quiet?.changed >= 10;
    });
  });

  afterAll(async () => {
    await database.close();
  });

  it('vacuums the table with dead rows, analyzes the grown one and leaves the quiet one', async () => {
    const run = await maintainTables(database.db);
    expect(run.vacuumed).toContain('public.maintenance_churned');
    expect(run.analyzed).toContain('public.maintenance_grown');
    expect([...run.vacuumed, ...run.analyzed]).not.toContain('public.maintenance_quiet');

    const churned = await counters('maintenance_churned');
    expect(churned).toMatchObject({ dead: 0, changed: 0, vacuumed: true, analyzed: true });
    expect(await counters('maintenance_grown')).toMatchObject({ changed: 0, vacuumed: false, analyzed: true });
    expect(await counters('maintenance_quiet')).toMatchObject({ vacuumed: false, analyzed: false });

    // The planner now knows the table's size: 1,000 rows, not a guess.
    const [stats] = await queryRows<{ tuples: number }>(
      database.db,
      sql`select reltuples::int as tuples from pg_class where relname = 'maintenance_grown'`,
    );
    expect(stats.tuples).toBe(1000);
  });

  it('does nothing again until enough has changed', async () => {
    const run = await maintainTables(database.db);
    expect(run.vacuumed).not.toContain('public.maintenance_churned');
    expect(run.analyzed).not.toContain('public.maintenance_churned');
    expect(run.analyzed).not.toContain('public.maintenance_grown');
  });

  it('is a job of the app on PGlite only (PostgreSQL has autovacuum)', async () => {
    const t = await createTestApp();
    try {
      const trigger = t.app.deps.jobs.trigger(DB_MAINTENANCE_JOB);
      if (t.database.kind === 'pglite') await expect(trigger).resolves.toBeUndefined();
      else await expect(trigger).rejects.toThrow(`unknown job ${DB_MAINTENANCE_JOB}`);
    } finally {
      await t.close();
    }
  });
});
