import { Paper, Stack, Text, Title } from '@mantine/core';
import type { TDirectoryLocation } from '@musubi/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Detail, DetailList } from '../volunteers/ProfileSection';
import { HoursList } from './HoursList';

/** A place of an organization: address, district, access and opening hours. */
export function LocationCard({ location, actions }: { location: TDirectoryLocation; actions?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `directory-location-${location.id}`;
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
      data-testid="directory-location"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {location.name}
        </Title>
        {actions}
        <DetailList>
          {(location.address || location.postalCode) && (
            <Detail label={t('directory.form.address')}>
              {[location.postalCode, location.address].filter(Boolean).join(' ')}
            </Detail>
          )}
          {location.area && <Detail label={t('directory.form.area')}>{location.area}</Detail>}
          {location.accessibility && (
            <Detail label={t('directory.organization.accessibility')}>{location.accessibility}</Detail>
          )}
          {location.location && (
            <Detail label={t('directory.form.map_point')}>
              {t('directory.organization.map_point', {
                latitude: location.location.lat,
                longitude: location.location.lng,
              })}
            </Detail>
          )}
        </DetailList>
        {location.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{location.description}</Text>}
        <Stack gap={2}>
          <Text fw={700} size="sm">
            {t('directory.hours.title')}
          </Text>
          <HoursList schedules={location.schedules} />
        </Stack>
      </Stack>
    </Paper>
  );
}
