import { Button, Checkbox, Fieldset, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TLocale, type TSetupRequest, ZSetupRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors, optionalText } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { FormError } from '../../ui/FormError';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { confirmationErrors } from '../auth/new-password';
import { OrganizationBasicsFields } from '../organizations/OrganizationBasicsFields';
import {
  basicsToRequest,
  DEFAULT_FISCAL_YEAR_START_MONTH,
  type OrganizationBasicsValues,
} from '../organizations/profile-form';
import { defaultTimeZone } from '../organizations/time-zones';
import { useRunSetup } from './use-setup-status';

interface SetupValues {
  organization: OrganizationBasicsValues & { runsNetwork: boolean };
  admin: { name: string; nameReading: string; email: string; password: string };
  passwordConfirm: string;
}

function toRequest(values: SetupValues, locale: TLocale): TSetupRequest {
  return {
    organization: { ...basicsToRequest(values.organization), runsNetwork: values.organization.runsNetwork },
    admin: {
      name: values.admin.name.trim(),
      nameReading: optionalText(values.admin.nameReading),
      email: values.admin.email.trim(),
      password: values.admin.password,
      // The administrator keeps the language they set the system up in.
      locale,
    },
  };
}

/** The first organization and its administrator. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const runSetup = useRunSetup();
  const locale = currentLocale();
  const form = useForm<SetupValues>({
    initialValues: {
      organization: {
        name: '',
        kind: 'volunteer_center',
        locale,
        timeZone: defaultTimeZone(locale),
        fiscalYearStartMonth: DEFAULT_FISCAL_YEAR_START_MONTH,
        // Most first installations are a volunteer center that coordinates others.
        runsNetwork: true,
      },
      admin: { name: '', nameReading: '', email: '', password: '' },
      passwordConfirm: '',
    },
    validate: (values) => ({
      ...contractErrors(ZSetupRequest, toRequest(values, locale)),
      ...confirmationErrors(values.admin.password, values.passwordConfirm),
    }),
  });

  const submit = form.onSubmit((values) =>
    runSetup.mutate(toRequest(values, currentLocale()), {
      onSuccess: onDone,
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="setup-form">
      <Stack gap="lg">
        <FormError error={runSetup.error} />
        <Fieldset legend={t('setup.organization_legend')}>
          <Stack>
            <OrganizationBasicsFields inputProps={(field) => form.getInputProps(`organization.${field}`)} />
            <Checkbox
              label={t('setup.runs_network')}
              description={t('setup.runs_network_description')}
              data-testid="runs-network"
              {...form.getInputProps('organization.runsNetwork', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('setup.admin_legend')}>
          <Stack>
            <TextInput label={t('auth.name')} required autoComplete="name" {...form.getInputProps('admin.name')} />
            <TextInput
              label={t('common.optional', { label: t('auth.name_reading') })}
              description={t('auth.name_reading_description')}
              {...form.getInputProps('admin.nameReading')}
            />
            <TextInput
              label={t('auth.email')}
              type="email"
              required
              autoComplete="email"
              {...form.getInputProps('admin.email')}
            />
            <NewPasswordFields
              password={form.getInputProps('admin.password')}
              confirmation={form.getInputProps('passwordConfirm')}
            />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={runSetup.isPending} size="lg">
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
