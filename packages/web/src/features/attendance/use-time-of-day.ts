import { useTranslation } from 'react-i18next';

/** A moment's time of day in the interface language, or a dash when there is none. */
export function useTimeOfDay(): (iso: string | null) => string {
  const { i18n } = useTranslation();
  return (iso) => (iso ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(iso)) : '—');
}
