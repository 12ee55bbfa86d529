import { Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api-client';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { useInvitation } from './use-invitation';

/** The page an invitation mail links to (`/invitations/<token>`). */
export function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const invitation = useInvitation(token);
  const navigate = useNavigate();

  return (
    <>
      <PageHeader title={t('auth.invitation.title')} />
      {invitation.isPending && <LoadingState />}
      {invitation.isError && (
        <Stack>
          <ErrorState
            error={invitation.error}
            onRetry={isApiError(invitation.error, 'INVITATION_INVALID') ? undefined : () => void invitation.refetch()}
          />
          <Button component={Link} to="/sign-in" variant="default" w="fit-content">
            {t('auth.invitation.go_to_sign_in')}
          </Button>
        </Stack>
      )}
      {invitation.data && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Text size="lg">
              {t('auth.invitation.summary', {
                orgName: invitation.data.orgName,
                role: t(`common.roles.${invitation.data.role}`),
              })}
            </Text>
            <Text>{t('auth.invitation.email', { email: invitation.data.email })}</Text>
            {!invitation.data.needsPassword && <Text>{t('auth.invitation.existing_account')}</Text>}
            <AcceptInvitationForm
              token={token}
              invitation={invitation.data}
              onDone={() => void navigate('/', { replace: true })}
            />
          </Stack>
        </Paper>
      )}
    </>
  );
}
