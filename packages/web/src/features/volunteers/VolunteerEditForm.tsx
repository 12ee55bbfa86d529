import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TSkill, type TVolunteer, ZUpdateVolunteerRequest } from '@musubi/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { useUpdateVolunteer } from './use-volunteers';
import { VolunteerFields } from './VolunteerFields';
import { toUpdateRequest, type VolunteerFieldValues, volunteerToValues } from './volunteer-form';

interface VolunteerEditFormProps {
  orgId: string;
  volunteer: TVolunteer;
  skills: TSkill[];
  onDone: () => void;
}

/** Edits the record with the registration form's fields; only what changed is sent. */
export function VolunteerEditForm({ orgId, volunteer, skills, onDone }: VolunteerEditFormProps) {
  const { t } = useTranslation();
  const update = useUpdateVolunteer(orgId, volunteer.id);
  const [initial] = useState(() => volunteerToValues(volunteer));
  const form = useForm<VolunteerFieldValues>({
    initialValues: initial,
    validate: (values) => contractErrors(ZUpdateVolunteerRequest, toUpdateRequest(initial, values)),
  });

  const submit = form.onSubmit((values) => {
    const changes = toUpdateRequest(initial, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('volunteers.saved', { name: values.name.trim() }) });
        onDone();
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="volunteer-form">
      <Stack maw={760} gap="lg">
        <VolunteerFields form={form} skills={skills} />
        <FormError error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="volunteer-submit">
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
