import { Button, Popover, Stack, Text } from '@mantine/core';
import { COORDINATOR_ROLES, type TCsvEncoding, type TRole } from '@musubi/shared';
import { IconChevronDown, IconDownload, IconFileExport } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveMembership } from '../auth/use-session';
import { volunteerExportUrl } from './volunteers.api';

/**
 * The CSV encodings offered and who may download each. The server lets only coordinators
 * export (personal data leaves the system: 'volunteers.coordinate'), so Excel's UTF-8 with
 * BOM is theirs too for now; widen its roles here if the server opens it to staff.
 */
const EXPORTS: readonly { encoding: TCsvEncoding; roles: readonly TRole[] }[] = [
  { encoding: 'utf8bom', roles: COORDINATOR_ROLES },
  { encoding: 'utf8', roles: COORDINATOR_ROLES },
  { encoding: 'cp932', roles: COORDINATOR_ROLES },
];

/**
 * Downloads the volunteer list as CSV in the encoding chosen: plain links (the session
 * cookie authenticates the GET) in a popover, so keyboards and screen readers get ordinary links.
 */
export function ExportMenu({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const membership = useActiveMembership();
  const headingId = useId();
  const offered = EXPORTS.filter((item) => membership && item.roles.includes(membership.role));
  if (offered.length === 0) return null;
  return (
    <Popover position="bottom-end" withinPortal trapFocus returnFocus shadow="md">
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconFileExport size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          data-testid="export-volunteers"
        >
          {t('volunteers.export')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={headingId}>
        <Stack gap="xs">
          <Text id={headingId} fw={700}>
            {t('volunteers.export_choose')}
          </Text>
          {offered.map(({ encoding }) => (
            <Button
              key={encoding}
              component="a"
              href={volunteerExportUrl(orgId, encoding)}
              download
              variant="subtle"
              justify="flex-start"
              leftSection={<IconDownload size={18} aria-hidden />}
              data-testid={`export-${encoding}`}
            >
              {t(`volunteers.export_encoding.${encoding}`)}
            </Button>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
