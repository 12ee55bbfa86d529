import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TDirectoryOrganizationDetail } from '@musubi/shared';
import { IconMapPinPlus, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useHasRole } from '../../app/shell/RequireRoles';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { Detail, DetailList, ProfileSection } from '../volunteers/ProfileSection';
import { DIRECTORY_MANAGER_ROLES, DirectoryReaders } from './DirectoryReaders';
import { LocationCard } from './LocationCard';
import { directoryPaths } from './paths';
import { ServiceCard } from './ServiceCard';
import {
  useDeleteDirectoryLocation,
  useDeleteDirectoryOrganization,
  useDeleteDirectoryService,
  useDirectoryOrganization,
} from './use-directory';

/** An organization of the directory with its services, places and hours (`/directory/organizations/:id`). */
export function DirectoryOrganizationPage() {
  const { directoryOrgId = '' } = useParams();
  return (
    <DirectoryReaders>
      {(orgId) => <DirectoryOrganizationEntry key={directoryOrgId} orgId={orgId} id={directoryOrgId} />}
    </DirectoryReaders>
  );
}

function DirectoryOrganizationEntry({ orgId, id }: { orgId: string; id: string }) {
  const { t } = useTranslation();
  const entry = useDirectoryOrganization(orgId, id);
  if (!entry.data) {
    return (
      <>
        <PageHeader title={t('directory.title')} />
        {entry.isPending && <LoadingState />}
        {entry.isError && <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />}
      </>
    );
  }
  return <Entry orgId={orgId} entry={entry.data} />;
}

type Deleting = { kind: 'organization' | 'service' | 'location'; id: string; name: string } | null;

function Entry({ orgId, entry }: { orgId: string; entry: TDirectoryOrganizationDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const manages = useHasRole(DIRECTORY_MANAGER_ROLES);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const deleteOrganization = useDeleteDirectoryOrganization(orgId);
  const deleteService = useDeleteDirectoryService(orgId);
  const deleteLocation = useDeleteDirectoryLocation(orgId);
  const mutation =
    deleting?.kind === 'organization'
      ? deleteOrganization
      : deleting?.kind === 'service'
        ? deleteService
        : deleteLocation;

  const confirmDelete = () => {
    if (!deleting) return;
    const done =
      (
        key: 'directory.organization.deleted' | 'directory.service.deleted' | 'directory.organization.location_deleted',
      ) =>
      () => {
        notifications.show({ color: 'green', message: t(key, { name: deleting.name }) });
        setDeleting(null);
      };
    if (deleting.kind === 'organization') {
      deleteOrganization.mutate(deleting.id, {
        onSuccess: () => {
          done('directory.organization.deleted')();
          void navigate(directoryPaths.organizations);
        },
      });
    } else if (deleting.kind === 'service') {
      deleteService.mutate(deleting.id, { onSuccess: done('directory.service.deleted') });
    } else {
      deleteLocation.mutate(deleting.id, { onSuccess: done('directory.organization.location_deleted') });
    }
  };

  const deleteTexts = {
    organization: { title: 'directory.organization.delete_title', body: 'directory.organization.delete_body' },
    service: { title: 'directory.service.delete_title', body: 'directory.service.delete_body' },
    location: {
      title: 'directory.organization.location_delete_title',
      body: 'directory.organization.location_delete_body',
    },
  } as const;

  return (
    <>
      <PageHeader
        title={entry.name}
        description={[entry.alternateName, t(`directory.kinds.${entry.kind}`)].filter(Boolean).join(' ・ ')}
        actions={
          <>
            <Button component={Link} to={directoryPaths.search} variant="default">
              {t('directory.back_to_directory')}
            </Button>
            {manages && (
              <>
                <Button
                  component={Link}
                  to={directoryPaths.editOrganization(entry.id)}
                  leftSection={<IconPencil size={18} aria-hidden />}
                  data-testid="directory-edit-organization"
                >
                  {t('directory.organization.edit')}
                </Button>
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={18} aria-hidden />}
                  onClick={() => setDeleting({ kind: 'organization', id: entry.id, name: entry.name })}
                >
                  {t('directory.organization.delete')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <ProfileSection title={t('directory.organization.contact')}>
          <DetailList>
            {entry.phone && (
              <Detail label={t('directory.form.phone')}>
                <Anchor href={`tel:${entry.phone}`}>{entry.phone}</Anchor>
              </Detail>
            )}
            {entry.email && (
              <Detail label={t('directory.form.email')}>
                <Anchor href={`mailto:${entry.email}`}>{entry.email}</Anchor>
              </Detail>
            )}
            {entry.website && (
              <Detail label={t('directory.form.website')}>
                <Anchor href={entry.website} target="_blank" rel="noopener noreferrer">
                  {entry.website}
                </Anchor>
              </Detail>
            )}
          </DetailList>
          {entry.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.description}</Text>}
        </ProfileSection>

        <ProfileSection
          title={t('directory.organization.services')}
          data-testid="directory-entry-services"
          actions={
            manages && (
              <Button
                component={Link}
                to={directoryPaths.newService(entry.id)}
                leftSection={<IconPlus size={18} aria-hidden />}
                data-testid="directory-add-service"
              >
                {t('directory.organization.add_service')}
              </Button>
            )
          }
        >
          {entry.services.length === 0 && <Text c="dimmed">{t('directory.organization.no_services')}</Text>}
          {entry.services.map((service) => (
            <ServiceCard
              key={service.id}
              service={service}
              headingOrder={3}
              actions={
                manages && (
                  <Group gap="xs">
                    <Button
                      component={Link}
                      to={directoryPaths.editService(service.id)}
                      variant="default"
                      leftSection={<IconPencil size={18} aria-hidden />}
                      aria-label={`${t('directory.service.edit')}: ${service.name}`}
                    >
                      {t('directory.service.edit')}
                    </Button>
                    <Button
                      variant="default"
                      color="red"
                      leftSection={<IconTrash size={18} aria-hidden />}
                      aria-label={`${t('directory.service.delete')}: ${service.name}`}
                      onClick={() => setDeleting({ kind: 'service', id: service.id, name: service.name })}
                    >
                      {t('directory.service.delete')}
                    </Button>
                  </Group>
                )
              }
            />
          ))}
        </ProfileSection>

        <ProfileSection
          title={t('directory.organization.locations')}
          actions={
            manages && (
              <Button
                component={Link}
                to={directoryPaths.newLocation(entry.id)}
                variant="default"
                leftSection={<IconMapPinPlus size={18} aria-hidden />}
                data-testid="directory-add-location"
              >
                {t('directory.organization.add_location')}
              </Button>
            )
          }
        >
          {entry.locations.length === 0 && <Text c="dimmed">{t('directory.organization.no_locations')}</Text>}
          {entry.locations.map((location) => (
            <LocationCard
              key={location.id}
              location={location}
              actions={
                manages && (
                  <Group gap="xs">
                    <Button
                      component={Link}
                      to={directoryPaths.editLocation(location.id)}
                      variant="default"
                      leftSection={<IconPencil size={18} aria-hidden />}
                      aria-label={`${t('directory.organization.location_edit')}: ${location.name}`}
                    >
                      {t('directory.organization.location_edit')}
                    </Button>
                    <Button
                      variant="default"
                      color="red"
                      leftSection={<IconTrash size={18} aria-hidden />}
                      aria-label={`${t('directory.organization.location_delete')}: ${location.name}`}
                      onClick={() => setDeleting({ kind: 'location', id: location.id, name: location.name })}
                    >
                      {t('directory.organization.location_delete')}
                    </Button>
                  </Group>
                )
              }
            />
          ))}
        </ProfileSection>
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title={deleting ? t(deleteTexts[deleting.kind].title, { name: deleting.name }) : ''}
        confirmLabel={
          deleting?.kind === 'service'
            ? t('directory.service.delete')
            : deleting?.kind === 'location'
              ? t('directory.organization.location_delete')
              : t('directory.organization.delete')
        }
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={confirmDelete}
        onClose={() => {
          setDeleting(null);
          mutation.reset();
        }}
      >
        {deleting ? t(deleteTexts[deleting.kind].body) : ''}
      </ConfirmModal>
    </>
  );
}
