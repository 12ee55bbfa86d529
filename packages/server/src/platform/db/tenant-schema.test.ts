import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-database';
import { type Database, queryRows } from './client';

/**
 * The tenant rule of DESIGN.md, checked on the migrated database itself:
 * a table with `org_id` is owned by an organization, so its primary key and
 * every unique key start with `org_id`, and every foreign key to another
 * organization-owned table carries `org_id` across. Tables without `org_id`
 * must be listed here as global, with the reason.
 */
const GLOBAL_TABLES: Record<string, string> = {
  organization: 'the tenant root itself',
  account: 'one person, many organizations',
  session: "a browser's sign-in, spans the person's organizations",
  password_reset: 'a reset link for one account, whatever its organizations',
  calendar_feed: "a person's calendar address, spanning their organizations",
  signing_key: 'server keys for signed tokens; a token names its organization in its payload',
};

interface ConstraintRow {
  table_name: string;
  constraint_type: 'p' | 'u' | 'f';
  columns: string[];
  foreign_table: string | null;
  foreign_columns: string[] | null;
}

/** Every breach of the tenant rule in the database, as readable strings. */
async function findViolations(db: Database['db']): Promise<string[]> {
  const columnRows = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, string[]>();
  for (const row of columnRows) tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row.column_name]);
  const constraints = await queryRows<ConstraintRow>(
    db,
    sql`
    select rel.relname as table_name, con.contype as constraint_type,
      array(select att.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
            join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k.attnum order by k.ord) as columns,
      frel.relname as foreign_table,
      case when con.contype = 'f' then array(select att.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
            join pg_attribute att on att.attrelid = con.confrelid and att.attnum = k.attnum order by k.ord) end as foreign_columns
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    join pg_namespace ns on ns.oid = rel.relnamespace
    left join pg_class frel on frel.oid = con.confrelid
    where ns.nspname = 'public' and con.contype in ('p', 'u', 'f')`,
  );
  const uniqueIndexes = await queryRows<{ table_name: string; index_name: string; first_column: string }>(
    db,
    sql`
    select t.relname as table_name, i.relname as index_name, a.attname as first_column
    from pg_index ix
    join pg_class t on t.oid = ix.indrelid
    join pg_class i on i.oid = ix.indexrelid
    join pg_namespace ns on ns.oid = t.relnamespace
    join pg_attribute a on a.attrelid = t.oid and a.attnum = ix.indkey[0]
    where ns.nspname = 'public' and ix.indisunique and not ix.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = ix.indexrelid)`,
  );

  const isTenant = (table: string) => tables.get(table)?.includes('org_id') ?? false;
  const violations: string[] = [];
  for (const table of tables.keys()) {
    if (!isTenant(table) && !(table in GLOBAL_TABLES)) violations.push(`${table}: no org_id and not listed as global`);
    const pk = constraints.find((c) => c.table_name === table && c.constraint_type === 'p');
    if (isTenant(table) && pk?.columns[0] !== 'org_id')
      violations.push(`${table}: primary key does not start with org_id`);
  }
  for (const c of constraints) {
    if (!isTenant(c.table_name)) continue;
    if (c.constraint_type === 'u' && c.columns[0] !== 'org_id') {
      violations.push(`${c.table_name}: unique (${c.columns}) does not start with org_id`);
    }
    if (c.constraint_type === 'f' && c.foreign_table && isTenant(c.foreign_table)) {
      const at = c.columns.indexOf('org_id');
      if (at === -1 || c.foreign_columns?.[at] !== 'org_id') {
        violations.push(`${c.table_name}: foreign key (${c.columns}) to ${c.foreign_table} does not carry org_id`);
      }
    }
  }
  for (const index of uniqueIndexes) {
    if (isTenant(index.table_name) && index.first_column !== 'org_id') {
      violations.push(`${index.table_name}: unique index ${index.index_name} does not start with org_id`);
    }
  }
  return violations.sort();
}

describe('tenant schema rule', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('holds for every table the migrations create', async () => {
    expect(await findViolations(database.db)).toEqual([]);
  });

  it('catches each kind of breach (checked on deliberately broken tables)', async () => {
    await database.db.execute(
      sql`create table bad_parent (id uuid, org_id uuid, primary key (id, org_id), unique (id))`,
    );
    await database.db.execute(sql`create table bad_child (org_id uuid, id uuid, parent_id uuid, code text,
      primary key (org_id, id), unique (code), foreign key (parent_id) references bad_parent (id))`);
    await database.db.execute(sql`create table stray (id uuid primary key)`);
    await database.db.execute(sql`create unique index bad_child_code_idx on bad_child (code, org_id)`);
    expect(await findViolations(database.db)).toEqual([
      'bad_child: foreign key (parent_id) to bad_parent does not carry org_id',
      'bad_child: unique (code) does not start with org_id',
      'bad_child: unique index bad_child_code_idx does not start with org_id',
      'bad_parent: primary key does not start with org_id',
      'bad_parent: unique (id) does not start with org_id',
      'stray: no org_id and not listed as global',
    ]);
  });
});
