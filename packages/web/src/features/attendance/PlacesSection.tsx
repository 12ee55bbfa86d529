import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TAttendancePlace } from '@musubi/shared';
import { IconDeviceDesktop, IconMapPins, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../ui/DataTable';
import { EmptyNotice } from '../../ui/EmptyNotice';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ProfileSection } from '../volunteers/ProfileSection';
import { PlaceForm } from './PlaceForm';
import { usePlaces } from './use-attendance';

interface PlacesSectionProps {
  orgId: string;
  opportunityId: string;
  /** Coordinators add and change places; the rest of the office reads them and opens their codes. */
  manages: boolean;
}

/** An activity's places (entrances, satellite sites): the list with their codes, and the form to add one. */
export function PlacesSection({ orgId, opportunityId, manages }: PlacesSectionProps) {
  const { t } = useTranslation();
  const places = usePlaces(orgId, opportunityId);
  const [editing, setEditing] = useState<TAttendancePlace | null>(null);
  const sitePath = `/attendance/sites/${opportunityId}`;
  return (
    <ProfileSection title={t('attendance.places.card')} data-testid="places">
      <Text>{t('attendance.places.intro')}</Text>
      {places.isPending && <LoadingState />}
      {places.isError && <ErrorState error={places.error} onRetry={() => void places.refetch()} />}
      {places.data &&
        (places.data.places.length === 0 ? (
          <EmptyNotice title={t('attendance.places.empty')} icon={<IconMapPins aria-hidden />} />
        ) : (
          <DataTable caption={t('attendance.places.caption')} data-testid="places-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attendance.places.name')}</Table.Th>
                <Table.Th scope="col">{t('attendance.places.position')}</Table.Th>
                <Table.Th scope="col">{t('attendance.sites.geofence')}</Table.Th>
                <Table.Th scope="col">{t('attendance.places.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {places.data.places.map((place) => (
                <Table.Tr key={place.id} data-testid="place-row" data-place={place.id}>
                  <Table.Td>{place.name}</Table.Td>
                  <Table.Td>
                    {place.location
                      ? t('attendance.places.position_value', {
                          lat: String(place.location.lat),
                          lng: String(place.location.lng),
                        })
                      : t('attendance.places.same_as_activity')}
                  </Table.Td>
                  <Table.Td data-testid="place-geofence">
                    {place.geofenceRadiusM === null
                      ? t('attendance.sites.no_geofence')
                      : t('attendance.sites.radius', { meters: place.geofenceRadiusM })}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        component={Link}
                        to={`${sitePath}/screen?placeId=${place.id}`}
                        size="sm"
                        variant="default"
                        leftSection={<IconDeviceDesktop size={16} aria-hidden />}
                        aria-label={t('attendance.sites.open_screen_for', { title: place.name })}
                      >
                        {t('attendance.sites.open_screen')}
                      </Button>
                      <Button
                        component={Link}
                        to={`${sitePath}/poster?placeId=${place.id}`}
                        size="sm"
                        variant="default"
                        leftSection={<IconPrinter size={16} aria-hidden />}
                        aria-label={t('attendance.sites.open_poster_for', { title: place.name })}
                      >
                        {t('attendance.sites.open_poster')}
                      </Button>
                      {manages && (
                        <Button
                          size="sm"
                          leftSection={<IconPencil size={16} aria-hidden />}
                          aria-label={t('attendance.places.edit_for', { name: place.name })}
                          onClick={() => setEditing(place)}
                          data-testid="place-edit"
                        >
                          {t('attendance.places.edit')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        ))}
      {manages && (
        <Stack gap="sm" mt="md">
          <Title order={3} size="h4">
            {t('attendance.places.add_title')}
          </Title>
          <PlaceForm
            orgId={orgId}
            opportunityId={opportunityId}
            place={null}
            onSaved={(place) =>
              notifications.show({ color: 'green', message: t('attendance.places.added', { name: place.name }) })
            }
          />
        </Stack>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('attendance.places.edit_title')}>
        {editing && (
          <PlaceForm
            key={editing.id}
            orgId={orgId}
            opportunityId={opportunityId}
            place={editing}
            onCancel={() => setEditing(null)}
            onSaved={(place) => {
              setEditing(null);
              notifications.show({ color: 'green', message: t('attendance.places.saved', { name: place.name }) });
            }}
          />
        )}
      </Modal>
    </ProfileSection>
  );
}
