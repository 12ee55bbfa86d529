import { Button, Stack } from '@mantine/core';
import { ADMIN_ROLES } from '@musubi/shared';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { CertificateSettingsCard } from '../certificates/CertificateSettingsCard';
import { OrganizationEditForm } from './OrganizationEditForm';
import { OrganizationProfileView } from './OrganizationProfileView';
import { useOrganization } from './use-organization';

/** The active organization's profile; administrators can edit it. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const membership = useActiveMembership()!;
  const organization = useOrganization(membership.orgId);
  const [editing, setEditing] = useState(false);
  const canEdit = ADMIN_ROLES.includes(membership.role);

  const editButton = canEdit && !editing && organization.data && (
    <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)} data-testid="edit">
      {t('common.actions.edit')}
    </Button>
  );

  return (
    <>
      <PageHeader title={editing ? t('organizations.edit_title') : t('organizations.title')} actions={editButton} />
      {organization.isPending && <LoadingState />}
      {organization.isError && <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />}
      {organization.data &&
        (editing ? (
          <OrganizationEditForm organization={organization.data} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap="lg">
            <OrganizationProfileView organization={organization.data} />
            <CertificateSettingsCard orgId={membership.orgId} />
          </Stack>
        ))}
    </>
  );
}
