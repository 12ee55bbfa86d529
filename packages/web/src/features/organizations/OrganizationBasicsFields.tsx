import { NativeSelect, Select, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { LOCALE_NATIVE_NAMES, LOCALES, ORGANIZATION_KINDS } from '@musubi/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationBasicsValues } from './profile-form';
import { timeZoneOptions } from './time-zones';

interface OrganizationBasicsFieldsProps {
  /** The form's input props for each field (the form may nest them, e.g. under `organization.`). */
  inputProps: (field: keyof OrganizationBasicsValues) => GetInputPropsReturnType;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1));

/** Name, kind, language, time zone and fiscal year: what every organization needs from day one. */
export function OrganizationBasicsFields({ inputProps }: OrganizationBasicsFieldsProps) {
  const { t } = useTranslation();
  const timeZones = useMemo(timeZoneOptions, []);
  return (
    <>
      <TextInput label={t('organizations.fields.name')} required autoComplete="organization" {...inputProps('name')} />
      <NativeSelect
        label={t('organizations.fields.kind')}
        required
        data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`common.organization_kinds.${kind}`) }))}
        {...inputProps('kind')}
      />
      <NativeSelect
        label={t('organizations.fields.locale')}
        description={t('organizations.fields.locale_description')}
        required
        data={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NATIVE_NAMES[locale] }))}
        {...inputProps('locale')}
      />
      <Select
        label={t('organizations.fields.time_zone')}
        required
        searchable
        allowDeselect={false}
        data={timeZones}
        nothingFoundMessage={t('organizations.fields.time_zone_not_found')}
        {...inputProps('timeZone')}
      />
      <NativeSelect
        label={t('organizations.fields.fiscal_year_start_month')}
        description={t('organizations.fields.fiscal_year_start_month_description')}
        required
        data={MONTHS.map((month) => ({ value: month, label: t('common.months', { month: Number(month) }) }))}
        {...inputProps('fiscalYearStartMonth')}
      />
    </>
  );
}
