import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyableAddress } from '../../ui/CopyableAddress';
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
      <CopyableAddress
        label={t('opportunities.share.link')}
        description={t('opportunities.share.link_description')}
        value={url}
        copyLabel={t('opportunities.share.copy')}
        copiedLabel={t('opportunities.share.copied')}
        testId="share-link"
        copyTestId="copy-share-link"
      />
      {withOpen && (
        <Anchor component={Link} to={path} style={{ alignSelf: 'flex-start' }} data-testid="open-share-page">
          {t('opportunities.share.open')}
        </Anchor>
      )}
    </Stack>
  );
}
