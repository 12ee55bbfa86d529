import { DEFAULT_LOCALE, LOCALES, matchLocale, negotiateLocale, type TLocale } from '@musubi/shared';
import { CATALOGS } from '@musubi/shared/i18n';
import i18n from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { readStoredLocale, storeLocale } from './preferences';

/**
 * One i18next namespace, `translation`, holding a locale's whole catalog, so keys
 * read `t('nav.dashboard')` exactly as the catalogs and the server spell them.
 */
const resources = Object.fromEntries(LOCALES.map((locale) => [locale, { translation: CATALOGS[locale] }]));

/** This device's choice, else the browser's languages, else Japanese (the signed-in account's locale wins later). */
function initialLocale(): TLocale {
  return readStoredLocale() ?? negotiateLocale(navigator.languages.join(',')) ?? DEFAULT_LOCALE;
}

i18n
  .use(new ICU())
  .use(initReactI18next)
  .init({
    resources,
    lng: initialLocale(),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    defaultNS: 'translation',
    keySeparator: '.',
    nsSeparator: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
  });

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** The language the interface speaks now. */
export function currentLocale(): TLocale {
  return matchLocale(i18n.language) ?? DEFAULT_LOCALE;
}

/** Switches the interface language and remembers it on this device. */
export async function changeLocale(locale: TLocale): Promise<void> {
  storeLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export { i18n };
