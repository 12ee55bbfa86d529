/**
 * Dates as Japanese rosters write them: Western (2026-04-01, 2026/4/1,
 * 2026年4月1日) or by era (昭和45年3月2日, S45.3.2, 令和元年5月1日, R1/5/1).
 * Returns YYYY-MM-DD, or null when the text is not a real date of that era.
 */
interface Era {
  names: readonly string[];
  /** First day of the era. */
  start: string;
  /** Last day, inclusive; open for the current era. */
  end?: string;
}

const ERAS: readonly Era[] = [
  { names: ['明治', 'M'], start: '1868-10-23', end: '1912-07-29' },
  { names: ['大正', 'T'], start: '1912-07-30', end: '1926-12-24' },
  { names: ['昭和', 'S'], start: '1926-12-25', end: '1989-01-07' },
  { names: ['平成', 'H'], start: '1989-01-08', end: '2019-04-30' },
  { names: ['令和', 'R'], start: '2019-05-01' },
];

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function parseRosterDate(input: string): string | null {
  const text = input.normalize('NFKC').trim().replace(/\s+/g, '');
  if (text === '') return null;
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (western) return validDate(Number(western[1]), Number(western[2]), Number(western[3]));
  const era = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/i.exec(text);
  if (!era) return null;
  const found = ERAS.find((e) => e.names.includes(era[1].length === 1 ? era[1].toUpperCase() : era[1]));
  if (!found) return null;
  const eraYear = era[2] === '元' ? 1 : Number(era[2]);
  const year = Number(found.start.slice(0, 4)) + eraYear - 1;
  const date = validDate(year, Number(era[3]), Number(era[4]));
  if (!date || date < found.start || (found.end && date > found.end)) return null;
  return date;
}
