import type { TScanRequest, TScanResponse } from '@musubi/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCurrentSession } from '../auth/use-session';
import { ATTENDANCE_ROOT, myAttendanceQueryKey, sendScan } from './attendance.api';
import { openScanQueue, type QueuedScan, retryDelayMs, type ScanOutcome, type ScanQueue } from './scan-queue';

// One connection to the device's queue for the whole app (an IndexedDB handle, not a server connection).
let opened: Promise<ScanQueue> | null = null;
const deviceQueue = () => {
  opened ??= openScanQueue();
  return opened;
};

/** A scan answered while this page is open, with the server's full answer (names included, never stored). */
export interface LiveAnswer {
  scan: QueuedScan;
  outcome: ScanOutcome;
  response: TScanResponse | null;
}

export interface ScanQueueState {
  /** Scans on this device still waiting to be sent. */
  pending: QueuedScan[];
  /** The server's answers to the latest scans, newest first. */
  outcomes: ScanOutcome[];
  /** Answers received while this page is open, newest first. */
  live: LiveAnswer[];
  online: boolean;
  syncing: boolean;
  /** Stores a scan on the device and sends it when a connection allows. */
  submit(scan: TScanRequest): Promise<QueuedScan>;
  /** Sends what is waiting now (the "send now" button). */
  syncNow(): void;
}

/**
 * The signed-in person's offline scan queue: every scan is stored on the device first,
 * then sent when online — at once, on the browser's `online` event, when the page opens,
 * and on a timer that backs off while the server cannot be reached.
 */
export function useScanQueue(): ScanQueueState {
  const accountId = useCurrentSession().account?.id ?? null;
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<QueuedScan[]>([]);
  const [outcomes, setOutcomes] = useState<ScanOutcome[]>([]);
  const [live, setLive] = useState<LiveAnswer[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const failures = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    if (!accountId) return;
    const queue = await deviceQueue();
    const [waiting, answered] = await Promise.all([queue.pending(accountId), queue.outcomes(accountId)]);
    if (!mounted.current) return;
    setPending(waiting);
    setOutcomes(answered);
  }, [accountId]);

  const sync = useCallback(async () => {
    if (!accountId) return;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    const queue = await deviceQueue();
    setSyncing(true);
    try {
      const report = await queue.sync(accountId, sendScan);
      if (report.settled.length > 0) {
        if (mounted.current) setLive((current) => [...report.settled.reverse(), ...current].slice(0, 20));
        void queryClient.invalidateQueries({ queryKey: myAttendanceQueryKey });
        // Staff scanning at a kiosk see the organization's records change too.
        void queryClient.invalidateQueries({ queryKey: [ATTENDANCE_ROOT] });
      }
      if (report.stoppedBy === 'unreachable' && mounted.current) {
        failures.current += 1;
        retryTimer.current = setTimeout(() => void sync(), retryDelayMs(failures.current));
      } else {
        failures.current = 0;
      }
    } finally {
      if (mounted.current) setSyncing(false);
      await refresh();
    }
  }, [accountId, queryClient, refresh]);

  useEffect(() => {
    mounted.current = true;
    void sync();
    const goOnline = () => {
      setOnline(true);
      failures.current = 0;
      void sync();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      mounted.current = false;
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [sync]);

  const submit = useCallback(
    async (scan: TScanRequest) => {
      if (!accountId) throw new Error('a scan needs a signed-in person');
      const queued = await (await deviceQueue()).add(accountId, scan);
      await refresh();
      void sync();
      return queued;
    },
    [accountId, refresh, sync],
  );

  return { pending, outcomes, live, online, syncing, submit, syncNow: () => void sync() };
}
