import { sql } from 'drizzle-orm';
import { customType, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * HMAC keys for signed tokens (QR codes, certificates), one current key per
 * purpose, made on first use. System-wide, not per organization: a token
 * carries its organization in its payload. A retired key no longer signs but
 * still verifies, so tokens already printed stay valid.
 */
export const signingKeyTable = pgTable(
  'signing_key',
  {
    purpose: text('purpose').notNull(),
    /** Short id that travels in the token, so verification finds the key. */
    id: text('id').notNull(),
    secret: bytea('secret').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.purpose, t.id] }),
    // One current key per purpose: concurrent first uses meet here and agree on one key.
    uniqueIndex('signing_key_current_idx').on(t.purpose).where(sql`${t.retiredAt} is null`),
  ],
);
