import { Button, Group, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { LANGUAGES, type TRecipientDetail, ZUpdateRecipientRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import type { MessageKey } from '../../app/messages';
import { FormError } from '../../ui/FormError';
import { type RecipientValues, recipientToValues, toRecipientFields, toUpdateRecipientRequest } from './recipient-form';
import { useUpdateRecipient } from './use-needs';

/** Changes a recipient's record; only what changed is sent. */
export function RecipientEditForm({
  orgId,
  recipient,
  onDone,
}: {
  orgId: string;
  recipient: TRecipientDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  const update = useUpdateRecipient(orgId, recipient.id);
  const initial = recipientToValues(recipient);
  const form = useForm<RecipientValues>({
    initialValues: initial,
    validate: (values) => contractErrors(ZUpdateRecipientRequest, toRecipientFields(values)),
  });
  const submit = form.onSubmit((values) => {
    const changes = toUpdateRecipientRequest(initial, values);
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('needs.recipients.saved') });
        onDone();
      },
      onError: (error) => applyFieldErrors(form, error),
    });
  });
  return (
    <form onSubmit={submit} noValidate data-testid="recipient-form">
      <Stack maw={760}>
        <TextInput label={t('needs.recipients.fields.name')} autoComplete="off" {...form.getInputProps('name')} />
        <TextInput
          label={optional('needs.recipients.fields.name_reading')}
          description={t('auth.name_reading_description')}
          autoComplete="off"
          {...form.getInputProps('nameReading')}
        />
        <TextInput
          type="date"
          label={optional('needs.recipients.fields.birth_date')}
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('birthDate')}
        />
        <TextInput type="tel" label={optional('needs.recipients.fields.phone')} {...form.getInputProps('phone')} />
        <TextInput type="email" label={optional('needs.recipients.fields.email')} {...form.getInputProps('email')} />
        <TextInput
          label={optional('needs.recipients.fields.postal_code')}
          inputMode="numeric"
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('postalCode')}
        />
        <TextInput label={optional('needs.recipients.fields.address')} {...form.getInputProps('address')} />
        <TextInput label={optional('needs.recipients.fields.area')} {...form.getInputProps('area')} />
        <MultiSelect
          label={optional('needs.recipients.fields.languages')}
          data={LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) }))}
          searchable
          clearable
          nothingFoundMessage={t('needs.intake.nothing_found')}
          {...form.getInputProps('languages')}
        />
        <Textarea
          label={optional('needs.recipients.fields.notes')}
          description={t('needs.recipients.fields.notes_description')}
          autosize
          minRows={2}
          {...form.getInputProps('notes')}
        />
        <FormError error={update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="recipient-save">
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
