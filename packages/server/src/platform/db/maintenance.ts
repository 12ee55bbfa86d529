import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './client';

/**
 * Autovacuum's work, for PGlite. A PostgreSQL server runs autovacuum: it
 * removes dead row versions and, more importantly here, keeps the planner's
 * statistics. PGlite runs the engine in single-user mode, where autovacuum
 * never starts (PGlite 0.5, PostgreSQL 18.6: 40,000 changed rows, 70 s later
 * still no vacuum and no analyze). Without statistics the planner guesses, and
 * one process keeps its plans for its whole life. The foreign key check of
 * every ledger entry (`ledger_entry` → `ledger_transfer (org_id, id)`) is
 * planned while the table is still small, and on an empty table it picks
 * `ledger_transfer_value_date_idx` with only `org_id` as its condition: each
 * entry written then reads all of its organization's transfers. (A fresh
 * PostgreSQL database does the same until autovacuum's first analyze: the
 * ledger bench counted 9,477 index rows read per check after 20,000 transfers.)
 * An analyze gives the planner the table's size and invalidates those plans.
 *
 * This job applies autovacuum's default thresholds to PGlite's own counters:
 * a table is vacuumed once its dead rows exceed 50 + 20% of its live rows and
 * analyzed once its changes since the last analyze exceed 50 + 10%. It runs
 * every five minutes on PGlite only; on PostgreSQL autovacuum does this.
 */
export const DB_MAINTENANCE_JOB = 'db.maintenance';

export interface MaintenanceRun {
  /** Tables vacuumed (and analyzed with it), schema-qualified. */
  vacuumed: string[];
  /** Tables only analyzed. */
  analyzed: string[];
}

const BASE_THRESHOLD = 50;
const VACUUM_SCALE = 0.2;
const ANALYZE_SCALE = 0.1;

interface TableStats {
  name: string;
  live: number;
  dead: number;
  changed: number;
}

/** Vacuums and analyzes the tables that autovacuum would have, one statement per table. */
export async function maintainTables(db: Db): Promise<MaintenanceRun> {
  const tables = await queryRows<TableStats>(
    db,
    sql`select quote_ident(schemaname) || '.' || quote_ident(relname) as name, n_live_tup::float8 as live,
          n_dead_tup::float8 as dead, n_mod_since_analyze::float8 as changed
        from pg_stat_user_tables where schemaname = 'public' order by relname`,
  );
  const run: MaintenanceRun = { vacuumed: [], analyzed: [] };
  for (const table of tables) {
    // VACUUM cannot run inside a transaction; each statement here runs on its own.
    if (table.dead > BASE_THRESHOLD + VACUUM_SCALE * table.live) {
      await db.execute(sql.raw(`vacuum (analyze) ${table.name}`));
      run.vacuumed.push(table.name);
    } else if (table.changed > BASE_THRESHOLD + ANALYZE_SCALE * table.live) {
      await db.execute(sql.raw(`analyze ${table.name}`));
      run.analyzed.push(table.name);
    }
  }
  return run;
}
