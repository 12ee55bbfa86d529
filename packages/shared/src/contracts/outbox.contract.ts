import { z } from 'zod';
import { ZIsoDateTime, ZUuid } from './common.contract';

/**
 * held: no SMTP server is configured, the message waits here for an administrator to read;
 * pending: queued for SMTP delivery; sent; failed: gave up after retries.
 */
export const OUTBOX_STATUSES = ['held', 'pending', 'sent', 'failed'] as const;

export const ZOutboxMessage = z.object({
  id: ZUuid,
  createdAt: ZIsoDateTime,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: ZIsoDateTime.nullable(),
});
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;

export const ZOutboxListResponse = z.object({
  messages: z.array(ZOutboxMessage),
  nextCursor: z.string().nullable(),
});
export type TOutboxListResponse = z.infer<typeof ZOutboxListResponse>;
