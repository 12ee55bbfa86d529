import {
  NEED_TIMELINE_KINDS,
  type TNeedTimelineData,
  type TNeedTimelineEntry,
  type TNeedTimelineKind,
  type TNeedTimelineResponse,
} from '@musubi/shared';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/app-error';
import { accountNamesByIds } from '../people';
import * as repo from './needs.repository';

export interface TimelineEntryInput<K extends TNeedTimelineKind> {
  orgId: string;
  needId: string;
  kind: K;
  actorAccountId: string | null;
  data: TNeedTimelineData<K>;
  /** When it happened; now by default. */
  at?: Date;
}

/**
 * Adds an entry to a need's timeline. Call it with the transaction of the
 * change it describes. Other modules (matching: proposals) add their kinds
 * here after listing them in the shared contract's NEED_TIMELINE_DATA.
 */
export async function appendNeedTimelineEntry<K extends TNeedTimelineKind>(
  tx: Db,
  entry: TimelineEntryInput<K>,
): Promise<repo.TimelineRow> {
  return repo.insertTimelineEntry(tx, {
    orgId: entry.orgId,
    needId: entry.needId,
    kind: entry.kind,
    actorAccountId: entry.actorAccountId,
    data: entry.data as Record<string, unknown>,
    ...(entry.at ? { at: entry.at } : {}),
  });
}

const KNOWN_KINDS = new Set<string>(NEED_TIMELINE_KINDS);

export async function toTimelineEntries(db: Db, rows: repo.TimelineRow[]): Promise<TNeedTimelineEntry[]> {
  const names = await accountNamesByIds(db, [
    ...new Set(rows.map((row) => row.actorAccountId).filter((id): id is string => !!id)),
  ]);
  return (
    rows
      // An entry written by a newer version of a module is left out rather than breaking the page.
      .filter((row) => KNOWN_KINDS.has(row.kind))
      .map(
        (row) =>
          ({
            id: row.id,
            at: row.at.toISOString(),
            kind: row.kind,
            actorName: row.actorAccountId ? (names.get(row.actorAccountId) ?? null) : null,
            data: row.data,
          }) as TNeedTimelineEntry,
      )
  );
}

/** The case page: transitions, revisions, contacts, resource lines, follow-ups and more, newest first. */
export async function listNeedTimeline(
  db: Db,
  orgId: string,
  needId: string,
  kinds?: readonly TNeedTimelineKind[],
): Promise<TNeedTimelineResponse> {
  if (!(await repo.findNeed(db, orgId, needId))) throw new AppError('NEED_NOT_FOUND');
  return { entries: await toTimelineEntries(db, await repo.listTimelineRows(db, orgId, needId, kinds)) };
}
