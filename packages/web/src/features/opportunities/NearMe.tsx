import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconCurrentLocation, IconMapPinOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RADII_KM } from './nearby';
import type { TLocating } from './use-geolocation';

interface NearMeProps {
  status: TLocating;
  radiusKm: number;
  onLocate: () => void;
  onForget: () => void;
  onRadiusChange: (radiusKm: number) => void;
}

/** "Near me": asks for the device's position only when pressed; without it, no distances are shown. */
export function NearMe({ status, radiusKm, onLocate, onForget, onRadiusChange }: NearMeProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="near-me">
      <Group align="flex-end" gap="md">
        {status.state === 'found' ? (
          <>
            <NativeSelect
              size="md"
              label={t('opportunities.near.radius')}
              value={String(radiusKm)}
              onChange={(event) => onRadiusChange(Number(event.currentTarget.value))}
              data={RADII_KM.map((km) => ({ value: String(km), label: t('opportunities.near.radius_option', { km }) }))}
              w={{ base: '100%', xs: 200 }}
              data-testid="near-radius"
            />
            <Button
              size="md"
              variant="default"
              leftSection={<IconMapPinOff size={18} aria-hidden />}
              onClick={onForget}
              data-testid="near-forget"
            >
              {t('opportunities.near.forget')}
            </Button>
          </>
        ) : (
          <Button
            size="md"
            variant="default"
            leftSection={<IconCurrentLocation size={18} aria-hidden />}
            loading={status.state === 'locating'}
            onClick={onLocate}
            data-testid="near-me-button"
          >
            {t('opportunities.near.locate')}
          </Button>
        )}
      </Group>
      <div role="status">
        {status.state === 'found' && <Text>{t('opportunities.near.using', { km: radiusKm })}</Text>}
        {(status.state === 'denied' || status.state === 'unavailable') && (
          <Alert color="gray" variant="light" p="sm">
            <Text c="var(--mantine-color-text)">{t(`opportunities.near.${status.state}`)}</Text>
          </Alert>
        )}
      </div>
      {status.state === 'idle' && <Text c="dimmed">{t('opportunities.near.privacy')}</Text>}
    </Stack>
  );
}
