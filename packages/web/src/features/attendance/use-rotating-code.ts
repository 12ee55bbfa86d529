import type { TSiteCode } from '@musubi/shared';
import { useEffect, useRef, useState } from 'react';
import { getSiteCodes } from './attendance.api';
import { codeAt, codesAhead, mergeCodes, secondsLeft } from './site-codes';

/** Codes fetched per request (two hours at 30 s), and how few left ahead start the next fetch. */
const BATCH = 240;
const REFILL_BELOW = 60;
const RETRY_AFTER_MS = 30_000;

/**
 * The screen's rotating code: signed codes for the next two hours are fetched ahead and
 * shown one per 30-second window, so the screen keeps changing while the connection is
 * down; it fetches more whenever fewer than 30 minutes' worth are left and it can.
 */
export function useRotatingCode(orgId: string, opportunityId: string, placeId?: string) {
  const [codes, setCodes] = useState<TSiteCode[]>([]);
  const [title, setTitle] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [now, setNow] = useState(() => new Date());
  const fetching = useRef(false);
  const failedAt = useRef(0);
  const codesRef = useRef(codes);
  codesRef.current = codes;

  useEffect(() => {
    let active = true;
    const refill = async () => {
      const moment = new Date();
      if (fetching.current || codesAhead(codesRef.current, moment) >= REFILL_BELOW) return;
      // Offline or refused: try again after a pause, not every second.
      if (moment.getTime() - failedAt.current < RETRY_AFTER_MS) return;
      fetching.current = true;
      try {
        const held = codesRef.current;
        const from =
          held.length > 0 ? held[held.length - 1].validUntil : new Date(moment.getTime() - 30_000).toISOString();
        const batch = await getSiteCodes(orgId, { opportunityId, placeId }, from, BATCH);
        if (!active) return;
        setTitle(batch.placeName ? `${batch.opportunityTitle} · ${batch.placeName}` : batch.opportunityTitle);
        setCodes((current) => mergeCodes(current, batch.codes, new Date()));
        setError(null);
      } catch (failure) {
        failedAt.current = Date.now();
        if (active) setError(failure);
      } finally {
        fetching.current = false;
      }
    };
    void refill();
    const tick = setInterval(() => {
      setNow(new Date());
      void refill();
    }, 1_000);
    const online = () => {
      failedAt.current = 0;
      void refill();
    };
    window.addEventListener('online', online);
    return () => {
      active = false;
      clearInterval(tick);
      window.removeEventListener('online', online);
    };
  }, [orgId, opportunityId, placeId]);

  const current = codeAt(codes, now);
  return {
    title,
    current,
    secondsLeft: current ? secondsLeft(current, now) : 0,
    loaded: codes.length > 0 || title !== null,
    error,
  };
}
