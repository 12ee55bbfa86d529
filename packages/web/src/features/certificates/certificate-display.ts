import type { TLocale, TRecognitionLevel } from '@musubi/shared';
import { useTranslation } from 'react-i18next';

/** Minutes as hours and minutes in the interface language (12時間30分, 12 h 30 min). */
export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation();
  return (minutes) => t('certificates.hours_minutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A level's name in `locale`, else in the first language that has one. */
export function levelName(level: TRecognitionLevel, locale: string): string {
  const names = level.names as Partial<Record<TLocale, string | null>>;
  return names[locale as TLocale] ?? Object.values(names).find((name) => !!name) ?? String(level.minHours);
}
