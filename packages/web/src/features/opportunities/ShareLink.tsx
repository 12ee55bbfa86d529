import { Anchor, Button, CopyButton, Group, Stack, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sharePath } from './paths';

interface ShareLinkProps {
  opportunityId: string;
  /** Also offer to open the public page (for staff looking at it from the inside). */
  withOpen?: boolean;
}

/** The activity's public address, to print or send; copy it in one tap. */
export function ShareLink({ opportunityId, withOpen = false }: ShareLinkProps) {
  const { t } = useTranslation();
  const path = sharePath(opportunityId);
  const url = new URL(path, window.location.origin).toString();
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('opportunities.share.link')}
          description={t('opportunities.share.link_description')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 20rem' }}
          data-testid="share-link"
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <>
              <Button
                variant="default"
                size="md"
                onClick={copy}
                leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                data-testid="copy-share-link"
              >
                {copied ? t('opportunities.share.copied') : t('opportunities.share.copy')}
              </Button>
              <VisuallyHidden role="status">{copied ? t('opportunities.share.copied') : ''}</VisuallyHidden>
            </>
          )}
        </CopyButton>
      </Group>
      {withOpen && (
        <Anchor component={Link} to={path} style={{ alignSelf: 'flex-start' }} data-testid="open-share-page">
          {t('opportunities.share.open')}
        </Anchor>
      )}
    </Stack>
  );
}
