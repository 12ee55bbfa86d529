import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../contracts/audit.contract';
import { ERROR_CODES } from '../errors/error-codes';
import { LOCALES } from '../locales';
import { ORGANIZATION_KINDS, ROLES } from '../roles';
import { catalogKeys, hasMessage, messageSource, NAMESPACES, translate } from './index';

const LOCALES_DIR = path.join(import.meta.dirname, 'locales');

describe('i18n catalogs', () => {
  it('has exactly the same keys in ja, en, zh-CN and ko', () => {
    const reference = new Set(catalogKeys('ja'));
    for (const locale of LOCALES) {
      const keys = new Set(catalogKeys(locale));
      expect({ locale, missing: [...reference].filter((k) => !keys.has(k)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: [...keys].filter((k) => !reference.has(k)) }).toEqual({ locale, extra: [] });
    }
  });

  it('loads every catalog file on disk, and every namespace has a file in each language', () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join(LOCALES_DIR, locale)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it('has no empty message, and every message is valid ICU in its language', () => {
    for (const locale of LOCALES) {
      for (const key of catalogKeys(locale)) {
        const source = messageSource(locale, key) ?? '';
        expect(source.trim().length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(() => new IntlMessageFormat(source, locale), `${locale} ${key}`).not.toThrow();
      }
    }
    expect(() => new IntlMessageFormat('{count, plural, one {# x} other {# y}', 'en')).toThrow();
  });

  it('translates every error code, role, organization kind and audit action', () => {
    const required = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...ROLES.map((r) => `common.roles.${r}`),
      ...ORGANIZATION_KINDS.map((k) => `common.organization_kinds.${k}`),
      ...AUDIT_ACTIONS.map((a) => `audit.actions.${a}`),
    ];
    expect(required.filter((key) => !hasMessage(key))).toEqual([]);
  });

  it('formats ICU plurals per language', () => {
    expect(translate('en', 'errors.AUTH_RATE_LIMITED', { seconds: 1 })).toContain('1 second.');
    expect(translate('en', 'errors.AUTH_RATE_LIMITED', { seconds: 30 })).toContain('30 seconds.');
    expect(translate('ja', 'errors.AUTH_RATE_LIMITED', { seconds: 30 })).toContain('30秒後');
  });

  it('falls back to Japanese, then to the key, for a missing message', () => {
    expect(translate('en', 'nothing.here')).toBe('nothing.here');
  });
});
