import { ORGANIZATION_KINDS, ROLES } from '@musubi/shared';
import { currentLocale } from '../../app/i18n';
import { translateKey } from '../../app/messages';

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function describeValue(key: string, value: unknown): string {
  if (typeof value === 'boolean')
    return translateKey(value ? 'audit.summary.yes' : 'audit.summary.no') ?? String(value);
  if (Array.isArray(value)) {
    // `changed` lists profile fields by their contract names (postalCode → organizations.fields.postal_code).
    const items = value.map((item) => translateKey(`organizations.fields.${snakeCase(String(item))}`) ?? String(item));
    return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(items);
  }
  if (typeof value === 'string') {
    if ((ROLES as readonly string[]).includes(value)) return translateKey(`common.roles.${value}`) ?? value;
    if (key === 'kind' && (ORGANIZATION_KINDS as readonly string[]).includes(value)) {
      return translateKey(`common.organization_kinds.${value}`) ?? value;
    }
    return value;
  }
  return JSON.stringify(value);
}

/**
 * An audit entry's summary as "label: value" lines in the interface language. The summary's
 * shape depends on the action; unknown keys and values are shown as recorded.
 */
export function describeAuditSummary(summary: Record<string, unknown>): string[] {
  return Object.entries(summary).map(([key, value]) => {
    const label = translateKey(`audit.summary.${snakeCase(key)}`) ?? key;
    return translateKey('audit.summary.line', { label, value: describeValue(key, value) }) ?? `${label}: ${value}`;
  });
}
