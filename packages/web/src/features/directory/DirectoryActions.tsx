import { Button } from '@mantine/core';
import { COORDINATOR_ROLES } from '@musubi/shared';
import { IconBuildingCommunity, IconFileExport, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasRole } from '../../app/shell/RequireRoles';
import { directoryExportUrl } from './directory.api';
import { directoryPaths } from './paths';

/** The directory's own actions: its organizations, adding one, and HSDS export and import. */
export function DirectoryActions({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const manages = useHasRole(COORDINATOR_ROLES);
  return (
    <>
      <Button
        component={Link}
        to={directoryPaths.organizations}
        variant="default"
        leftSection={<IconBuildingCommunity size={18} aria-hidden />}
        data-testid="directory-organizations"
      >
        {t('directory.organizations_link')}
      </Button>
      {manages && (
        <Button
          component={Link}
          to={directoryPaths.newOrganization}
          leftSection={<IconPlus size={18} aria-hidden />}
          data-testid="directory-add-organization"
        >
          {t('directory.organization.add')}
        </Button>
      )}
      <Button
        component="a"
        href={directoryExportUrl(orgId)}
        download
        variant="default"
        leftSection={<IconFileExport size={18} aria-hidden />}
        title={t('directory.export.description')}
        data-testid="directory-export"
      >
        {t('directory.export.button')}
      </Button>
      {manages && (
        <Button
          component={Link}
          to={directoryPaths.import}
          variant="default"
          leftSection={<IconFileImport size={18} aria-hidden />}
          data-testid="directory-import"
        >
          {t('directory.import.button')}
        </Button>
      )}
    </>
  );
}
