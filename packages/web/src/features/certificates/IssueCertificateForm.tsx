import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CERTIFICATE_CONTACTS, LOCALE_NATIVE_NAMES, LOCALES, ZIssueCertificateRequest } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { FormError } from '../../ui/FormError';
import { useIssueCertificate } from './use-certificates';

interface IssueValues {
  from: string;
  to: string;
  /** '' = the volunteer's own message language. */
  locale: string;
  contact: (typeof CERTIFICATE_CONTACTS)[number];
}

function toRequest(values: IssueValues) {
  return {
    from: values.from,
    to: values.to,
    contact: values.contact,
    ...(values.locale ? { locale: values.locale as (typeof LOCALES)[number] } : {}),
  };
}

/** A coordinator issues a certificate: the period, the language and which contact to print. */
export function IssueCertificateForm({ orgId, volunteerId }: { orgId: string; volunteerId: string }) {
  const { t } = useTranslation();
  const issue = useIssueCertificate(orgId, volunteerId);
  const year = new Date().getFullYear();
  const form = useForm<IssueValues>({
    initialValues: { from: `${year}-01-01`, to: `${year}-12-31`, locale: '', contact: 'phone' },
    validate: (values) => contractErrors(ZIssueCertificateRequest, toRequest(values)),
  });
  const submit = form.onSubmit((values) =>
    issue.mutate(toRequest(values), {
      onSuccess: (certificate) =>
        notifications.show({ color: 'green', message: t('certificates.issue.issued', { number: certificate.number }) }),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="issue-certificate-form" aria-label={t('certificates.issue.title')}>
      <Stack gap="sm">
        <Text>{t('certificates.issue.help')}</Text>
        <Group align="flex-start" gap="md">
          <TextInput type="date" required label={t('certificates.issue.from')} {...form.getInputProps('from')} />
          <TextInput type="date" required label={t('certificates.issue.to')} {...form.getInputProps('to')} />
        </Group>
        <Group align="flex-start" gap="md">
          <NativeSelect
            label={t('certificates.issue.language')}
            data={[
              { value: '', label: t('certificates.issue.language_default') },
              ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NATIVE_NAMES[locale] })),
            ]}
            {...form.getInputProps('locale')}
            data-testid="issue-locale"
          />
          <NativeSelect
            label={t('certificates.issue.contact')}
            data={CERTIFICATE_CONTACTS.map((contact) => ({
              value: contact,
              label: t(`certificates.issue.contact_${contact}`),
            }))}
            {...form.getInputProps('contact')}
          />
        </Group>
        <FormError error={issue.error} />
        <Button type="submit" loading={issue.isPending} style={{ alignSelf: 'flex-start' }} data-testid="issue-submit">
          {t('certificates.issue.submit')}
        </Button>
      </Stack>
    </form>
  );
}
