/**
 * Time zones offered first: where Musubi's organizations are. The Select also lists every
 * other zone the browser knows, so no one is stuck.
 */
const COMMON_TIME_ZONES = ['Asia/Tokyo', 'Asia/Shanghai', 'Asia/Seoul', 'Asia/Hong_Kong', 'Asia/Taipei', 'UTC'];

export function timeZoneOptions(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = known.filter((zone) => !COMMON_TIME_ZONES.includes(zone));
  return [...COMMON_TIME_ZONES, ...rest];
}

/** The zone this browser is in when it is a known one, else the usual zone of a language's country. */
export function defaultTimeZone(locale: string): string {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (browserZone && timeZoneOptions().includes(browserZone)) return browserZone;
  if (locale === 'zh-CN') return 'Asia/Shanghai';
  if (locale === 'ko') return 'Asia/Seoul';
  return 'Asia/Tokyo';
}
