import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type TNeed, type TSkill, ZUpdateNeedRequest } from '@musubi/shared';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { NeedDetailFields, RequesterFields, UrgencyField } from './NeedFields';
import { type NeedFieldValues, needToValues, toNeedFields, toUpdateNeedRequest } from './need-form';
import { useUpdateNeed } from './use-needs';
import { useStaffMembers } from './use-staff';

interface NeedEditFormProps {
  orgId: string;
  need: TNeed;
  skills: TSkill[];
  onDone: () => void;
}

/** Changes the case as the situation changes; only what changed is sent, and kept as a revision. */
export function NeedEditForm({ orgId, need, skills, onDone }: NeedEditFormProps) {
  const { t } = useTranslation();
  const staff = useStaffMembers(orgId);
  const update = useUpdateNeed(orgId, need.id);
  const initial = needToValues(need);
  const form = useForm<NeedFieldValues>({
    initialValues: initial,
    validate: (values) => contractErrors(ZUpdateNeedRequest, toNeedFields(values)),
  });
  const submit = form.onSubmit((values) => {
    const changes = toUpdateNeedRequest(initial, values);
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('needs.case.no_changes') });
      onDone();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('needs.case.saved') });
        onDone();
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="need-edit-form">
      <Stack gap="lg" maw={860}>
        <Alert color="blue" variant="light" icon={<IconHistory aria-hidden />}>
          {t('needs.case.edit_notice')}
        </Alert>
        <UrgencyField form={form} />
        <RequesterFields form={form} />
        {!need.recipient && (
          <TextInput
            label={t('common.optional', { label: t('needs.field_recipient_name') })}
            autoComplete="off"
            {...form.getInputProps('recipientName')}
          />
        )}
        <NeedDetailFields form={form} skills={skills} staff={staff} />
        <FormError error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="need-save">
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
