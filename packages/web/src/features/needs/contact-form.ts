import type { TLogContactRequest } from '@musubi/shared';
import { isoToLocal, localToIso } from './resource-line-form';

/** A contact as the inputs hold it; `at` is a `datetime-local` value in the device's zone. */
export interface ContactValues {
  kind: TLogContactRequest['kind'];
  party: TLogContactRequest['party'];
  at: string;
  note: string;
}

/** A call to the person helped, now. */
export function emptyContact(now = new Date()): ContactValues {
  return { kind: 'call', party: 'recipient', at: isoToLocal(now.toISOString()), note: '' };
}

/**
 * The request; a time left as it was offered (now, when the form opened) is not sent, so the
 * server dates the contact itself and it sorts after what was done in the same minute.
 */
export function toContactRequest(values: ContactValues, offeredAt?: string): TLogContactRequest {
  return {
    kind: values.kind,
    party: values.party,
    note: values.note.trim() || null,
    at: values.at === offeredAt ? undefined : localToIso(values.at),
  };
}
