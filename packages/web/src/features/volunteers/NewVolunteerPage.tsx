import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { STAFF_ROLES, ZCreateVolunteerRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../app/api-client';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { RequireRoles } from '../../app/shell/RequireRoles';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { useActiveMembership } from '../auth/use-session';
import { ConsentFields } from './ConsentFields';
import { DuplicateCandidates } from './DuplicateCandidates';
import { useCreateVolunteer, useSkills } from './use-volunteers';
import { VolunteerFields } from './VolunteerFields';
import { duplicateCandidatesIn } from './volunteer-display';
import { EMPTY_VOLUNTEER_FIELDS, type NewVolunteerValues, toCreateRequest } from './volunteer-form';

/** Assisted registration: a coordinator registers someone on the phone or at the counter. */
export function NewVolunteerPage() {
  return (
    <RequireRoles roles={STAFF_ROLES}>
      <NewVolunteerForm />
    </RequireRoles>
  );
}

function NewVolunteerForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { orgId } = useActiveMembership()!;
  const skills = useSkills(orgId);
  const create = useCreateVolunteer(orgId);
  const form = useForm<NewVolunteerValues>({
    initialValues: { ...EMPTY_VOLUNTEER_FIELDS, consents: [] },
    validate: (values) => contractErrors(ZCreateVolunteerRequest, toCreateRequest(values)),
  });

  const save = (values: NewVolunteerValues, confirmNotDuplicate: boolean) =>
    create.mutate(toCreateRequest(values, confirmNotDuplicate), {
      onSuccess: (volunteer) => {
        notifications.show({ color: 'green', message: t('volunteers.registered', { name: volunteer.name }) });
        void navigate(`/volunteers/${volunteer.id}`);
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  const submit = form.onSubmit((values) => save(values, false));
  const registerAnyway = form.onSubmit((values) => save(values, true));

  const duplicate = isApiError(create.error, 'VOLUNTEER_POSSIBLE_DUPLICATE') ? create.error : null;

  return (
    <>
      <PageHeader title={t('volunteers.new_title')} description={t('volunteers.new_description')} />
      <form onSubmit={submit} noValidate data-testid="volunteer-form">
        <Stack maw={760} gap="lg">
          <VolunteerFields form={form} skills={skills.data ?? []} withOrganizationLanguage />
          <ConsentFields
            value={form.getValues().consents}
            onChange={(value) => form.setFieldValue('consents', value)}
          />
          {duplicate ? (
            <DuplicateCandidates
              candidates={duplicateCandidatesIn(duplicate.details)}
              loading={create.isPending}
              onRegisterAnyway={() => registerAnyway()}
            />
          ) : (
            <FormError error={create.error} />
          )}
          <Group justify="flex-end">
            <Button component={Link} to="/volunteers" variant="default">
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="volunteer-submit">
              {t('volunteers.register_submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
