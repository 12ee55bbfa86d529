import { Anchor, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { joinPath } from '../registration/paths';

/** The public registration page's address, to print on posters or send by mail; copy it or open it. */
export function JoinLink({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const path = joinPath(orgId);
  const url = new URL(path, window.location.origin).toString();
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('registration.settings.join_link')}
          description={t('registration.settings.join_link_description')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 20rem' }}
          data-testid="join-link"
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
            >
              {copied ? t('registration.settings.copied') : t('registration.settings.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Anchor component={Link} to={path} style={{ alignSelf: 'flex-start', overflowWrap: 'anywhere' }}>
        {t('registration.settings.open_join_page')}
      </Anchor>
    </Stack>
  );
}
