/** A page of a newest-first list keyed by UUIDv7 id: fetch `limit + 1` rows `before` the cursor, then call this. */
export interface PageQuery {
  limit: number;
  before?: string;
}

/**
 * Cuts the extra row off and says where the next (older) page starts, or null
 * on the last page. Ids are UUIDv7, so `id < before` walks back in time.
 */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  idOf: (row: T) => string,
): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: rows.length > limit ? idOf(page[page.length - 1]) : null };
}
