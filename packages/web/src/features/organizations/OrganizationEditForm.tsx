import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TOrganization, ZUpdateOrganizationRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { OrganizationBasicsFields } from './OrganizationBasicsFields';
import { OrganizationContactFields } from './OrganizationContactFields';
import { type OrganizationProfileValues, profileToRequest, profileToValues } from './profile-form';
import { useUpdateOrganization } from './use-organization';

interface OrganizationEditFormProps {
  organization: TOrganization;
  onDone: () => void;
}

export function OrganizationEditForm({ organization, onDone }: OrganizationEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateOrganization(organization.id);
  const form = useForm<OrganizationProfileValues>({
    initialValues: profileToValues(organization),
    validate: (values) => contractErrors(ZUpdateOrganizationRequest, profileToRequest(values)),
  });

  const submit = form.onSubmit((values) =>
    update.mutate(profileToRequest(values), {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('organizations.saved') });
        onDone();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="organization-form">
      <Stack maw={640}>
        <FormError error={update.error} />
        <OrganizationBasicsFields inputProps={(field) => form.getInputProps(field)} />
        <OrganizationContactFields inputProps={(field) => form.getInputProps(field)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
