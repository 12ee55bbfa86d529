import {
  cosLatitude,
  coverDays,
  StaticColumns,
  type StaticRecord,
  slotTriples,
  type TAvailabilitySlot,
} from '@musubi/shared';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/**
 * What matching bounds candidates by, for every record a need's organization
 * may consider (its own, and its network peers' records shared with the
 * network), kept in this process between rankings: status, contact consent,
 * location, languages, interests, gender, skills, weekly slots, away periods
 * and insurance cover — nothing that changes with the day or the work done.
 *
 * It is never trusted stale. Every volunteer row carries the id of the last
 * transaction that changed it or one of those facts (`volunteer.match_xid`,
 * kept by triggers on the volunteer, skill, consent and insurance tables), and
 * every ranking first reads the rows whose mark is at or above the xmin of the
 * database snapshot the previous read saw — every transaction committed since
 * then has an id at least that (it was running, or started later). Rows
 * changed by the caller's own open transaction are not kept (it may still roll
 * back) but handed to the ranking, which reads them in full. Records that leave
 * the pool (merged, sharing withdrawn) are dropped; a deleted record stays
 * until then, harmlessly: the ranking reads records from the database, and
 * what is gone there is never ranked.
 */
export class PoolSnapshot {
  /** The records, column by column, in no particular order (removal moves the last one into the gap). */
  readonly columns = new StaticColumns();
  private readonly versions = new Map<string, bigint>();
  private xmin: string | null = null;
  /** The first read (every record), while it runs: others wait for it, then read what changed. */
  private firstRead: Promise<RefreshResult> | null = null;
  private readonly interned = new Map<string, readonly string[]>();

  constructor(
    readonly orgId: string,
    readonly orgIds: readonly string[],
  ) {}

  /**
   * Brings the snapshot up to what `db` sees now: one statement, reading every
   * record the first time. Reads may overlap (none waits for another's
   * transaction): each one applies its rows at once when they arrive, a row
   * only over an older version of it, and leaves as its mark the xmin it read
   * with — an older read can only move the mark back, which costs a re-read,
   * never a change missed.
   */
  async refresh(db: Db): Promise<RefreshResult> {
    if (this.xmin === null) {
      if (!this.firstRead) {
        const first = this.readChanges(db);
        this.firstRead = first;
        const done = () => {
          if (this.firstRead === first) this.firstRead = null;
        };
        first.then(done, done);
        return first;
      }
      await this.firstRead.catch(() => undefined);
    }
    return this.readChanges(db);
  }

  private async readChanges(db: Db): Promise<RefreshResult> {
    const started = performance.now();
    const since = this.xmin;
    const rows = await queryRows<SnapshotRow>(db, changesSql(this.orgId, this.orgIds, since));
    const ownChanges: string[] = [];
    let read = 0;
    for (const row of rows) {
      if (row.id === null) continue;
      read++;
      if (row.own !== null && row.xid === row.own) {
        ownChanges.push(row.id);
        continue;
      }
      const version = BigInt(row.xid);
      const known = this.versions.get(row.id);
      if (known !== undefined && known > version) continue;
      this.versions.set(row.id, version);
      if (row.visible) this.columns.put(this.recordOf(row));
      else this.columns.remove(row.id);
    }
    const mark = rows[0]?.xmin;
    if (mark) this.xmin = mark;
    return { cold: since === null, read, ownChanges, ms: performance.now() - started };
  }

  /** Small lists repeat a lot (['ja'], ['ja', 'en']): one array each. */
  private intern(values: readonly string[] | null): readonly string[] {
    const list = values ?? [];
    const key = list.join('\u0001');
    let known = this.interned.get(key);
    if (!known) {
      known = Object.freeze([...list]);
      this.interned.set(key, known);
    }
    return known;
  }

  private recordOf(row: SnapshotRow): StaticRecord {
    const exceptions = row.availability_exceptions ?? [];
    const location =
      row.latitude !== null && row.longitude !== null
        ? { lat: Number(row.latitude), lng: Number(row.longitude) }
        : null;
    return {
      volunteerId: row.id!,
      own: row.org_id === this.orgId,
      status: row.status,
      contactWithdrawn: row.contact_withdrawn === true,
      location,
      cosLat: location ? cosLatitude(location.lat) : 0,
      languages: this.intern(row.languages),
      interests: this.intern(row.interests),
      gender: row.gender,
      skillIds: this.intern(row.skill_ids),
      slots: slotTriples(Array.isArray(row.availability) ? row.availability : []),
      availabilityExceptions: exceptions.length > 0 ? exceptions.map((e) => ({ from: e.from, to: e.to })) : [],
      covers: coverDays(
        (row.covers ?? []).map((c) => {
          const [from, to] = c.split('/');
          return { from, to };
        }),
      ),
    };
  }
}

export interface RefreshResult {
  /** The first read (every record). */
  cold: boolean;
  /** Rows read. */
  read: number;
  /** Records the caller's own open transaction changed (not kept: rank them from the database). */
  ownChanges: string[];
  ms: number;
}

interface SnapshotRow {
  xmin: string;
  own: string | null;
  id: string | null;
  org_id: string;
  xid: string;
  visible: boolean;
  status: string;
  latitude: number | null;
  longitude: number | null;
  languages: string[] | null;
  interests: string[] | null;
  gender: string | null;
  availability: TAvailabilitySlot[];
  availability_exceptions: { from: string; to: string }[] | null;
  contact_withdrawn: boolean | null;
  skill_ids: string[] | null;
  covers: string[] | null;
}

const uuidArray = (values: readonly string[]) =>
  sql.raw(`'{${values.map((v) => v.replace(/[^A-Fa-f0-9-]/g, '')).join(',')}}'::uuid[]`);

/**
 * The records of these organizations changed at or after `since`, with the
 * xmin of the statement's snapshot and the caller's own transaction id, if it
 * has one. The first time (no `since`), every record in the pool, read in
 * bulk (joins over whole tables); after that the few changed ones, each
 * looked up through the indexes.
 */
function changesSql(orgId: string, orgIds: readonly string[], since: string | null): SQL {
  const orgs = uuidArray(orgIds);
  const columns = sql`v.id, v.org_id, v.match_xid::text as xid, v.status, v.latitude, v.longitude, v.languages,
    v.interests, v.gender, v.availability, v.availability_exceptions`;
  const visible = (sharing: SQL) => sql`v.status <> 'merged' and (v.org_id = ${orgId} or ${sharing} is true)`;
  const rows =
    since === null
      ? sql`select * from (
          select ${columns}, ${visible(sql`sharing.granted`)} as visible,
            contact.granted is false as contact_withdrawn,
            coalesce(skills.ids, '{}') as skill_ids, coalesce(covers.periods, '{}') as covers
          from volunteer v
          left join (select distinct on (c.org_id, c.volunteer_id) c.org_id, c.volunteer_id, c.granted
            from volunteer_consent c where c.org_id = any(${orgs}) and c.purpose = 'network_sharing'
            order by c.org_id, c.volunteer_id, c.recorded_at desc, c.id desc) sharing
            on sharing.org_id = v.org_id and sharing.volunteer_id = v.id
          left join (select distinct on (c.org_id, c.volunteer_id) c.org_id, c.volunteer_id, c.granted
            from volunteer_consent c where c.org_id = any(${orgs}) and c.purpose = 'contact'
            order by c.org_id, c.volunteer_id, c.recorded_at desc, c.id desc) contact
            on contact.org_id = v.org_id and contact.volunteer_id = v.id
          left join (select s.org_id, s.volunteer_id, array_agg(s.skill_id::text order by s.skill_id) as ids
            from volunteer_skill s where s.org_id = any(${orgs}) group by s.org_id, s.volunteer_id) skills
            on skills.org_id = v.org_id and skills.volunteer_id = v.id
          left join (select e.org_id, e.volunteer_id,
              array_agg(e.cover_starts_on::text || '/' || e.cover_ends_on::text) as periods
            from insurance_enrollment e where e.org_id = any(${orgs}) group by e.org_id, e.volunteer_id) covers
            on covers.org_id = v.org_id and covers.volunteer_id = v.id
          where v.org_id = any(${orgs})
        ) x where x.visible`
      : sql`select ${columns},
          ${visible(sql`(select c.granted from volunteer_consent c where c.org_id = v.org_id and c.volunteer_id = v.id
            and c.purpose = 'network_sharing' order by c.recorded_at desc, c.id desc limit 1)`)} as visible,
          (select c.granted from volunteer_consent c where c.org_id = v.org_id and c.volunteer_id = v.id
            and c.purpose = 'contact' order by c.recorded_at desc, c.id desc limit 1) is false as contact_withdrawn,
          array(select s.skill_id from volunteer_skill s where s.org_id = v.org_id and s.volunteer_id = v.id
            order by s.skill_id)::text[] as skill_ids,
          array(select e.cover_starts_on::text || '/' || e.cover_ends_on::text from insurance_enrollment e
            where e.org_id = v.org_id and e.volunteer_id = v.id)::text[] as covers
        from volunteer v
        where v.match_xid >= ${since}::xid8 and v.org_id = any(${orgs})`;
  return sql`with mark as materialized (
      select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, pg_current_xact_id_if_assigned()::text as own)
    select mark.xmin, mark.own, r.* from mark left join lateral (${rows}) r on true`;
}

/** Snapshots kept at most (least recently used dropped first): one per organization that ranks. */
const MAX_SNAPSHOTS = 8;
const snapshots = new Map<string, PoolSnapshot>();

/** The snapshot of the records a need's organization may consider (made empty the first time). */
export function poolSnapshotFor(scope: { orgId: string; peerOrgIds: readonly string[] }): PoolSnapshot {
  const orgIds = [scope.orgId, ...scope.peerOrgIds];
  const key = orgIds.join(',');
  let snapshot = snapshots.get(key);
  if (snapshot) snapshots.delete(key);
  else snapshot = new PoolSnapshot(scope.orgId, orgIds);
  snapshots.set(key, snapshot);
  while (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
  return snapshot;
}
