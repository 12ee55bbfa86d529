import { Alert, Stack, Text } from '@mantine/core';
import { ZUuid } from '@musubi/shared';
import { IconDoorOff, IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api-client';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { RegistrationForm } from './RegistrationForm';
import { useRegistrationForm } from './use-registration';

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/**
 * The public registration page of an organization (`/join/<orgId>`), the address on its
 * posters and leaflets. Open to everyone: someone signed in registers with their account.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const orgId = useParams().orgId ?? '';
  const validLink = ZUuid.safeParse(orgId).success;
  const registration = useRegistrationForm(orgId, validLink);
  const data = registration.data;

  const title = data ? t('registration.join.title_named', { orgName: data.orgName }) : t('registration.join.title');
  return (
    <>
      <PageHeader
        title={title}
        description={data?.open ? t('registration.join.intro', { orgName: data.orgName }) : undefined}
      />
      {!validLink && (
        <Alert color="red" icon={<IconLinkOff aria-hidden />} title={t('registration.join.invalid_link_title')}>
          {t('registration.join.invalid_link_body')}
        </Alert>
      )}
      {validLink && registration.isPending && <LoadingState />}
      {registration.isError && (
        <ErrorState
          error={registration.error}
          // An unknown organization stays unknown; only a server or network failure is worth retrying.
          onRetry={isTransient(registration.error) ? () => void registration.refetch() : undefined}
        />
      )}
      {data &&
        (data.open ? (
          <RegistrationForm form={data} />
        ) : (
          <Alert
            color="indigo"
            icon={<IconDoorOff aria-hidden />}
            title={t('registration.join.closed_title')}
            data-testid="registration-closed"
          >
            <Stack gap="xs">
              <Text>{t('registration.join.closed_body', { orgName: data.orgName })}</Text>
            </Stack>
          </Alert>
        ))}
    </>
  );
}
