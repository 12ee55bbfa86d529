import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyableAddress } from '../../ui/CopyableAddress';
import { joinPath } from '../registration/paths';

/** The public registration page's address, to print on posters or send by mail; copy it or open it. */
export function JoinLink({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const path = joinPath(orgId);
  const url = new URL(path, window.location.origin).toString();
  return (
    <Stack gap="xs">
      <CopyableAddress
        label={t('registration.settings.join_link')}
        description={t('registration.settings.join_link_description')}
        value={url}
        copyLabel={t('registration.settings.copy')}
        copiedLabel={t('registration.settings.copied')}
        testId="join-link"
      />
      <Anchor component={Link} to={path} style={{ alignSelf: 'flex-start', overflowWrap: 'anywhere' }}>
        {t('registration.settings.open_join_page')}
      </Anchor>
    </Stack>
  );
}
