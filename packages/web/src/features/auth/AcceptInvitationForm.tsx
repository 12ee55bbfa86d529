import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TAcceptInvitationRequest, type TInvitationResponse, ZAcceptInvitationRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors, optionalText } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { NewPasswordFields } from './NewPasswordFields';
import { confirmationErrors } from './new-password';
import { useAcceptInvitation } from './use-invitation';

interface AcceptValues {
  name: string;
  nameReading: string;
  password: string;
  passwordConfirm: string;
}

interface AcceptInvitationFormProps {
  token: string;
  invitation: TInvitationResponse;
  onDone: () => void;
}

/** A new person confirms their name and sets a password; someone with an account just joins. */
export function AcceptInvitationForm({ token, invitation, onDone }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(token);
  const { needsPassword } = invitation;

  const toRequest = (values: AcceptValues): TAcceptInvitationRequest =>
    needsPassword
      ? { name: values.name.trim(), nameReading: optionalText(values.nameReading), password: values.password }
      : {};

  const form = useForm<AcceptValues>({
    initialValues: { name: invitation.name, nameReading: '', password: '', passwordConfirm: '' },
    validate: (values) => {
      if (!needsPassword) return {};
      return {
        ...contractErrors(ZAcceptInvitationRequest, toRequest(values)),
        ...confirmationErrors(values.password, values.passwordConfirm),
      };
    },
  });

  const submit = form.onSubmit((values) =>
    accept.mutate(toRequest(values), { onSuccess: onDone, onError: (error) => applyFieldErrors(form, error) }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="accept-invitation-form">
      <Stack>
        <FormError error={accept.error} />
        {needsPassword && (
          <>
            <TextInput label={t('auth.name')} required autoComplete="name" {...form.getInputProps('name')} />
            <TextInput
              label={t('common.optional', { label: t('auth.name_reading') })}
              description={t('auth.name_reading_description')}
              {...form.getInputProps('nameReading')}
            />
            <NewPasswordFields
              password={form.getInputProps('password')}
              confirmation={form.getInputProps('passwordConfirm')}
            />
          </>
        )}
        <Button type="submit" loading={accept.isPending} size="lg">
          {t('auth.invitation.accept')}
        </Button>
      </Stack>
    </form>
  );
}
