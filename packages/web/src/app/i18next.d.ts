import type { CATALOGS } from '@musubi/shared/i18n';

// Japanese is the source catalog: t('nav.dashbord') is a type error, not a blank label.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof CATALOGS)['ja'] };
    keySeparator: '.';
    nsSeparator: false;
  }
}
