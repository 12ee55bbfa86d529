import { Button, Group, NativeSelect, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CONTACT_CHANNELS, LOCALE_NATIVE_NAMES, LOCALES, type TMyVolunteerProfile } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/FormError';
import { changedPreferences, type MessagePreferenceValues, preferencesOf } from './message-preferences';
import { useUpdateMyMessagePreferences } from './use-registration';

/**
 * The person's own choice of how one organization reaches them: channel, a daily
 * digest of e-mail, and the language. Saved together; only what changed is sent.
 */
export function MessagePreferencesForm({ profile }: { profile: TMyVolunteerProfile }) {
  const { t } = useTranslation();
  const update = useUpdateMyMessagePreferences(profile.volunteerId);
  const form = useForm<MessagePreferenceValues>({ initialValues: preferencesOf(profile) });
  const values = form.getValues();
  // The digest only changes how e-mail arrives; by phone or post a coordinator makes contact.
  const byEmail = values.preferredChannel === 'email';

  const submit = form.onSubmit((next) => {
    const changes = changedPreferences(profile, next);
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('registration.me.preferences_unchanged') });
      return;
    }
    update.mutate(changes, {
      onSuccess: () =>
        notifications.show({
          color: 'green',
          message: t('registration.me.preferences_saved', { orgName: profile.orgName }),
        }),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="my-message-preferences">
      <Stack gap="md">
        <NativeSelect
          label={t('registration.me.channel')}
          description={
            profile.hasEmail
              ? t('registration.me.channel_description')
              : t('registration.me.channel_email_needs_address', { orgName: profile.orgName })
          }
          data={CONTACT_CHANNELS.map((channel) => ({
            value: channel,
            label: t(`participation.channel_${channel}`),
            // Without an address on the record, e-mail cannot reach the person.
            disabled: channel === 'email' && !profile.hasEmail && profile.preferredChannel !== 'email',
          }))}
          data-testid="my-preferred-channel"
          {...form.getInputProps('preferredChannel')}
        />
        <Switch
          size="lg"
          label={t('registration.me.mail_digest')}
          description={
            byEmail ? t('registration.me.mail_digest_description') : t('registration.me.mail_digest_email_only')
          }
          {...form.getInputProps('mailDigest', { type: 'checkbox' })}
          checked={byEmail && values.mailDigest}
          disabled={!byEmail}
          data-testid="my-mail-digest"
        />
        <NativeSelect
          label={t('registration.me.locale')}
          data-testid="my-message-locale"
          {...form.getInputProps('locale')}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NATIVE_NAMES[locale]}
            </option>
          ))}
        </NativeSelect>
        <FormError error={update.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} data-testid="my-message-preferences-save">
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
