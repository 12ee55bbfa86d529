import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, LOCALES, type TLocale } from '../locales';
import { CATALOGS, NAMESPACES } from './catalogs';

export { CATALOGS, NAMESPACES };
export type TCatalog = Record<string, unknown>;

type Flat = Record<string, string>;

function flatten(tree: unknown, prefix: string, out: Flat): Flat {
  if (typeof tree === 'string') {
    out[prefix] = tree;
    return out;
  }
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, out);
    }
  }
  return out;
}

const flatCatalogs = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(CATALOGS[locale], '', {})])) as Record<
  TLocale,
  Flat
>;

/** Every key of a locale's catalog, dotted (`errors.NOT_FOUND`). */
export function catalogKeys(locale: TLocale): string[] {
  return Object.keys(flatCatalogs[locale]);
}

/** The ICU source of a message, or undefined. */
export function messageSource(locale: TLocale, key: string): string | undefined {
  return flatCatalogs[locale][key];
}

export function hasMessage(key: string, locale: TLocale = DEFAULT_LOCALE): boolean {
  return key in flatCatalogs[locale];
}

const formatters = new Map<string, IntlMessageFormat>();

/**
 * Formats the ICU message `key` in `locale`. Falls back to Japanese, then to
 * the key itself, so a missing string is visible but never crashes.
 */
export function translate(locale: TLocale, key: string, params: Record<string, string | number | Date> = {}): string {
  const source = flatCatalogs[locale][key] ?? flatCatalogs[DEFAULT_LOCALE][key];
  if (source === undefined) return key;
  const cacheKey = `${locale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(source, locale);
    formatters.set(cacheKey, formatter);
  }
  return String(formatter.format(params));
}
