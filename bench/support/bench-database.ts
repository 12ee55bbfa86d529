import pg from 'pg';
import { type Database, openDatabase } from '../../packages/server/src/platform/db/client';

/**
 * A throwaway PostgreSQL database for one bench run: created and migrated on
 * `open`, dropped when the run ends, fails or is interrupted (Ctrl-C), unless
 * BENCH_KEEP_DATABASE is set (for EXPLAIN afterwards).
 */
export class BenchDatabase {
  readonly name: string;
  private readonly url: string;
  private database: Database | null = null;
  private pool: pg.Pool | null = null;
  private closers: (() => Promise<unknown>)[] = [];
  private dropped = false;

  constructor(
    private readonly adminUrl: string,
    prefix: string,
  ) {
    this.name = `${prefix}_${Date.now()}`;
    const target = new URL(adminUrl);
    target.pathname = `/${this.name}`;
    this.url = target.toString();
  }

  /** Creates and migrates the database; the pool is for the bench's own SQL. */
  async open(poolSize: number): Promise<{ database: Database; pool: pg.Pool }> {
    const admin = new pg.Client({ connectionString: this.adminUrl });
    await admin.connect();
    await admin.query(`create database ${this.name}`);
    await admin.end();
    this.database = await openDatabase({ kind: 'postgresql', url: this.url });
    await this.database.migrate();
    this.pool = new pg.Pool({ connectionString: this.url, max: poolSize });
    return { database: this.database, pool: this.pool };
  }

  /** Something to close before the database goes (a server listening on it). */
  onClose(close: () => Promise<unknown>) {
    this.closers.push(close);
  }

  /** Runs the bench, drops the database, then prints the summary line `main` returns. */
  async run(main: () => Promise<string>): Promise<void> {
    process.once('SIGINT', () => {
      console.error('\ninterrupted: dropping the bench database');
      this.cleanUp().finally(() => process.exit(130));
    });
    let summary: string;
    try {
      summary = await main();
    } catch (err) {
      await this.cleanUp().catch((dropErr) => console.error(`could not drop ${this.name}:`, dropErr));
      throw err;
    }
    await this.cleanUp();
    console.log(summary);
  }

  private async cleanUp() {
    for (const close of this.closers.splice(0).reverse()) await close().catch(() => {});
    await this.pool?.end().catch(() => {});
    await this.database?.close().catch(() => {});
    this.pool = null;
    this.database = null;
    if (this.dropped) return;
    this.dropped = true;
    if (process.env.BENCH_KEEP_DATABASE) {
      console.log(`kept database ${this.name} (BENCH_KEEP_DATABASE)`);
      return;
    }
    const dropper = new pg.Client({ connectionString: this.adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${this.name} with (force)`);
    await dropper.end();
  }
}
