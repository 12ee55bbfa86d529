import type { TAttendanceStatus, TScanRequest, TScanResponse } from '@musubi/shared';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { v7 as uuidv7 } from 'uuid';

/**
 * A scan kept on the device until the server has answered it. It holds what the scan
 * needs and nothing more: the code read, the action, the time and (optionally) where;
 * `accountId` keeps one person's scans from being sent under another's session on a
 * shared device.
 */
export interface QueuedScan extends TScanRequest {
  /** UUIDv7 made on the device: the server accepts each id once, so a replay is harmless. */
  scanId: string;
  accountId: string;
  attempts: number;
}

/** The server's answer to a scan, kept briefly so the page can say what happened (no names). */
export interface ScanOutcome {
  scanId: string;
  accountId: string;
  kind: TScanRequest['kind'];
  action: TScanRequest['action'];
  scannedAt: string;
  result: 'accepted' | 'refused';
  /** The error code of a refusal (translated as `errors.<code>`). */
  code: string | null;
  status: TAttendanceStatus | null;
  opportunityTitle: string | null;
  settledAt: string;
}

/** What sending one scan came to. */
export type SendResult =
  /** The server stored the scan: accepted or refused, final either way. */
  | { type: 'answered'; response: TScanResponse }
  /** The server refused the request itself (an invalid body, a reused id): final, never retried. */
  | { type: 'rejected'; code: string }
  /** No connection, or the server is down: try again later. */
  | { type: 'unreachable' }
  /** The session ended: keep the scan until the person signs in again. */
  | { type: 'signed_out' };

export type SendScan = (scan: QueuedScan) => Promise<SendResult>;

/** What a sync did: the scans it settled (with the server's answers) and why it stopped early, if it did. */
export interface SyncReport {
  settled: { scan: QueuedScan; outcome: ScanOutcome; response: TScanResponse | null }[];
  stoppedBy: 'unreachable' | 'signed_out' | null;
}

/** How many answered scans the device keeps to show. */
export const OUTCOMES_KEPT = 20;

interface ScanQueueSchema extends DBSchema {
  pending: { key: string; value: QueuedScan; indexes: { byAccount: string } };
  outcomes: { key: string; value: ScanOutcome; indexes: { byAccount: string } };
}

export const SCAN_QUEUE_DB = 'musubi-attendance';

/** Oldest first: the server sees a clock-in before the clock-out that follows it. */
const byScanTime = (a: QueuedScan, b: QueuedScan) =>
  a.scannedAt === b.scannedAt ? a.scanId.localeCompare(b.scanId) : a.scannedAt.localeCompare(b.scannedAt);

function outcomeOf(scan: QueuedScan, result: SendResult, now: Date): ScanOutcome {
  const base = {
    scanId: scan.scanId,
    accountId: scan.accountId,
    kind: scan.kind,
    action: scan.action,
    scannedAt: scan.scannedAt,
    settledAt: now.toISOString(),
  };
  if (result.type === 'rejected') {
    return { ...base, result: 'refused', code: result.code, status: null, opportunityTitle: null };
  }
  if (result.type !== 'answered') throw new Error(`a ${result.type} scan is not settled`);
  const { response } = result;
  if (response.result === 'refused') {
    return { ...base, result: 'refused', code: response.code, status: null, opportunityTitle: null };
  }
  return {
    ...base,
    result: 'accepted',
    code: null,
    status: response.attendance.status,
    opportunityTitle: response.attendance.opportunityTitle,
  };
}

/** The device's queue of scans (IndexedDB), and the answers to the latest ones. */
export class ScanQueue {
  private syncing: Promise<SyncReport> | null = null;

  constructor(private readonly db: IDBPDatabase<ScanQueueSchema>) {}

  /** Stores a scan under a new UUIDv7 before anything is sent, so it survives a closed tab or a lost connection. */
  async add(accountId: string, scan: TScanRequest): Promise<QueuedScan> {
    const queued: QueuedScan = { ...scan, scanId: uuidv7(), accountId, attempts: 0 };
    await this.db.put('pending', queued);
    return queued;
  }

  /** The person's scans still waiting for the server, oldest first. */
  async pending(accountId: string): Promise<QueuedScan[]> {
    const scans = await this.db.getAllFromIndex('pending', 'byAccount', accountId);
    return scans.sort(byScanTime);
  }

  /** The answers to the person's latest scans, newest first. */
  async outcomes(accountId: string): Promise<ScanOutcome[]> {
    const outcomes = await this.db.getAllFromIndex('outcomes', 'byAccount', accountId);
    return outcomes.sort((a, b) => b.settledAt.localeCompare(a.settledAt) || b.scanId.localeCompare(a.scanId));
  }

  /**
   * Sends the person's waiting scans one by one, oldest first. An answer (accepted or
   * refused) settles the scan: it leaves the queue and its outcome is kept; no connection
   * or an ended session stops the sync with everything unsent still queued. Only one sync
   * runs at a time; a call during a sync waits for it and then runs again.
   */
  async sync(accountId: string, send: SendScan, now: () => Date = () => new Date()): Promise<SyncReport> {
    while (this.syncing) await this.syncing.catch(() => undefined);
    const run = this.sendAll(accountId, send, now);
    this.syncing = run;
    try {
      return await run;
    } finally {
      if (this.syncing === run) this.syncing = null;
    }
  }

  private async sendAll(accountId: string, send: SendScan, now: () => Date): Promise<SyncReport> {
    const report: SyncReport = { settled: [], stoppedBy: null };
    for (const scan of await this.pending(accountId)) {
      const attempted = { ...scan, attempts: scan.attempts + 1 };
      const result = await send(attempted);
      if (result.type === 'unreachable' || result.type === 'signed_out') {
        await this.db.put('pending', attempted);
        report.stoppedBy = result.type;
        return report;
      }
      const outcome = outcomeOf(attempted, result, now());
      await this.settle(outcome);
      report.settled.push({ scan: attempted, outcome, response: result.type === 'answered' ? result.response : null });
    }
    return report;
  }

  /** Moves a scan from the queue to the answers in one transaction, keeping only the latest answers. */
  private async settle(outcome: ScanOutcome): Promise<void> {
    const tx = this.db.transaction(['pending', 'outcomes'], 'readwrite');
    await tx.objectStore('pending').delete(outcome.scanId);
    const outcomes = tx.objectStore('outcomes');
    await outcomes.put(outcome);
    const kept = (await outcomes.index('byAccount').getAll(outcome.accountId)).sort((a, b) =>
      b.settledAt.localeCompare(a.settledAt),
    );
    for (const old of kept.slice(OUTCOMES_KEPT)) await outcomes.delete(old.scanId);
    await tx.done;
  }

  /** Forgets the answers shown (the queue itself is never dropped by hand). */
  async clearOutcomes(accountId: string): Promise<void> {
    const tx = this.db.transaction('outcomes', 'readwrite');
    for (const key of await tx.store.index('byAccount').getAllKeys(accountId)) await tx.store.delete(key);
    await tx.done;
  }

  close(): void {
    this.db.close();
  }
}

/** Opens (creating on first use) the device's scan queue. */
export async function openScanQueue(name = SCAN_QUEUE_DB): Promise<ScanQueue> {
  const db = await openDB<ScanQueueSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('pending', { keyPath: 'scanId' }).createIndex('byAccount', 'accountId');
      database.createObjectStore('outcomes', { keyPath: 'scanId' }).createIndex('byAccount', 'accountId');
    },
  });
  return new ScanQueue(db);
}

/** Waits before the next automatic retry: 2 s, 4 s, 8 s … at most 2 minutes. */
export function retryDelayMs(failures: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, failures - 1), 120_000);
}
