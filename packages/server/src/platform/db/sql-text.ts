import { type SQL, sql } from 'drizzle-orm';

/** `'a', 'b', 'c'` for a CHECK constraint over a fixed list of our own constants (never user input). */
export function sqlValueList(values: readonly string[]): SQL {
  return sql.raw(values.map((value) => `'${value}'`).join(', '));
}

/** `%text%` for ILIKE, with the person's own `%`, `_` and `\` matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
