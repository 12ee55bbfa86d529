/**
 * Fiscal years as Japanese, Korean and Chinese organizations count them.
 * A fiscal year is labelled by the calendar year it starts in (令和7年度 = FY2025
 * runs 2025-04-01 to 2026-03-31 when it starts in April).
 */
export interface TFiscalYear {
  label: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The fiscal year containing `date` (a YYYY-MM-DD calendar date in the organization's zone). */
export function fiscalYearOf(date: string, startMonth: number): TFiscalYear {
  const [year, month] = date.split('-').map(Number);
  const label = month >= startMonth ? year : year - 1;
  const endYear = startMonth === 1 ? label : label + 1;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return {
    label,
    start: `${label}-${pad(startMonth)}-01`,
    end: `${endYear}-${pad(endMonth)}-${pad(lastDay)}`,
  };
}

/** Today's calendar date (YYYY-MM-DD) in an IANA time zone. */
export function calendarDateIn(timeZone: string, at: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
