import type { Db } from '../../platform/db/client';
import { getOrganization } from '../organizations';

/** One date formatter per time zone: building an Intl.DateTimeFormat costs more than a transfer's SQL. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today in the organization's time zone (YYYY-MM-DD), the value date of a transfer sent without one. */
export async function ledgerToday(db: Db, orgId: string): Promise<string> {
  const { timeZone } = await getOrganization(db, orgId);
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(new Date());
}
