import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Config } from '../../config';
import * as schema from './schema';

export type Schema = typeof schema;
/**
 * The one database type the code sees, whichever driver runs underneath.
 * (A union of the two driver types breaks Drizzle's overloads, see research/stack.md.)
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../drizzle');

export interface Database {
  kind: 'pglite' | 'postgresql';
  db: Db;
  /** Applies pending migrations from packages/server/drizzle. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The node-postgres pool when on PostgreSQL (pg-boss shares its connection settings). */
  connectionString: string | null;
}

/** Opens PGlite (a folder on disk, or memory when dataDir is null) or a PostgreSQL pool. */
export async function openDatabase(config: Config['database']): Promise<Database> {
  if (config.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client error (e.g. the server restarted) must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      kind: 'postgresql',
      db,
      connectionString: config.url,
      migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  if (config.dataDir) fs.mkdirSync(config.dataDir, { recursive: true });
  const client = config.dataDir ? await PGlite.create(config.dataDir) : await PGlite.create();
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    connectionString: null,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: () => client.close(),
  };
}

/** Rows of a raw SQL query; both drivers answer `{ rows }`, which the generic Db type cannot know. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
