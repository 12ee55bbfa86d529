import { NativeSelect } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, matchLocale } from '@musubi/shared';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../features/auth/use-preferences';

/** Each language listed in itself, so anyone can find their own. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { locale, setLocale } = usePreferences();
  return (
    <NativeSelect
      aria-label={t('nav.language')}
      data-testid="language-switcher"
      value={locale}
      onChange={(event) => {
        const next = matchLocale(event.currentTarget.value);
        if (next) setLocale(next);
      }}
      leftSection={<IconLanguage size={18} aria-hidden />}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option} lang={option}>
          {LOCALE_NATIVE_NAMES[option]}
        </option>
      ))}
    </NativeSelect>
  );
}
