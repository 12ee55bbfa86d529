import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  LOCALE_NATIVE_NAMES,
  LOCALES,
  matchLocale,
  type TAddMemberRequest,
  type TRole,
  ZAddMemberRequest,
} from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors, optionalText } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { useAddMember } from './use-members';

interface AddMemberValues {
  email: string;
  name: string;
  nameReading: string;
  role: TRole;
  /** Empty: the organization's language. */
  locale: string;
}

function toRequest(values: AddMemberValues): TAddMemberRequest {
  return {
    email: values.email.trim(),
    name: values.name.trim(),
    nameReading: optionalText(values.nameReading),
    role: values.role,
    locale: matchLocale(values.locale),
  };
}

interface AddMemberModalProps {
  orgId: string;
  opened: boolean;
  roles: readonly TRole[];
  onClose: () => void;
}

/** Adds a person by e-mail; someone new receives an invitation mail to set a password. */
export function AddMemberModal({ orgId, opened, roles, onClose }: AddMemberModalProps) {
  const { t } = useTranslation();
  const add = useAddMember(orgId);
  const form = useForm<AddMemberValues>({
    initialValues: { email: '', name: '', nameReading: '', role: 'volunteer', locale: '' },
    validate: (values) => contractErrors(ZAddMemberRequest, toRequest(values)),
  });

  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    add.mutate(toRequest(values), {
      onSuccess: (member) => {
        const message = member.status === 'invited' ? 'people.invited' : 'people.added';
        notifications.show({ color: 'green', message: t(message, { name: member.name }) });
        close();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('people.add_title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="add-member-form">
        <Stack>
          <FormError error={add.error} />
          <TextInput label={t('auth.name')} required {...form.getInputProps('name')} />
          <TextInput
            label={t('common.optional', { label: t('auth.name_reading') })}
            description={t('auth.name_reading_description')}
            {...form.getInputProps('nameReading')}
          />
          <TextInput
            label={t('auth.email')}
            description={t('people.email_description')}
            type="email"
            required
            {...form.getInputProps('email')}
          />
          <NativeSelect
            label={t('people.columns.role')}
            required
            data={roles.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
          <NativeSelect
            label={t('people.mail_language')}
            data={[
              { value: '', label: t('people.organization_language') },
              ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NATIVE_NAMES[locale] })),
            ]}
            {...form.getInputProps('locale')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={add.isPending}>
              {t('common.actions.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('people.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
