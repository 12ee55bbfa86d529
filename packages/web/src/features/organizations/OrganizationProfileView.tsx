import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, type TOrganization } from '@musubi/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The organization's profile as a description list. */
export function OrganizationProfileView({ organization }: { organization: TOrganization }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notSet = t('organizations.not_set');
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" m={0}>
      <Field label={t('organizations.fields.name')}>{organization.name}</Field>
      <Field label={t('organizations.fields.kind')}>{t(`common.organization_kinds.${organization.kind}`)}</Field>
      <Field label={t('organizations.fields.locale')}>{LOCALE_NATIVE_NAMES[organization.locale]}</Field>
      <Field label={t('organizations.fields.time_zone')}>{organization.timeZone}</Field>
      <Field label={t('organizations.fields.fiscal_year_start_month')}>
        {t('common.months', { month: organization.fiscalYearStartMonth })}
      </Field>
      <Field label={t('organizations.fields.email')}>{organization.email ?? notSet}</Field>
      <Field label={t('organizations.fields.phone')}>{organization.phone ?? notSet}</Field>
      <Field label={t('organizations.fields.postal_code')}>{organization.postalCode ?? notSet}</Field>
      <Field label={t('organizations.fields.address')}>{organization.address ?? notSet}</Field>
      <Field label={t('organizations.fields.website')}>
        {organization.website ? (
          <Anchor href={organization.website} target="_blank" rel="noopener noreferrer">
            {organization.website}
          </Anchor>
        ) : (
          notSet
        )}
      </Field>
      <Field label={t('organizations.fields.description')}>{organization.description ?? notSet}</Field>
      <Field label={t('organizations.fields.updated_at')}>{format.dateTime(organization.updatedAt)}</Field>
    </SimpleGrid>
  );
}
