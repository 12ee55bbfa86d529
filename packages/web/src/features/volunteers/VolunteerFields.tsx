import { Fieldset, NativeSelect, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CONTACT_CHANNELS, LOCALE_NATIVE_NAMES, LOCALES, type TSkill } from '@musubi/shared';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../app/messages';
import { ActivityFields } from './ActivityFields';
import { AvailabilityExceptionFields } from './AvailabilityExceptionFields';
import { AvailabilityFields } from './AvailabilityFields';
import type { VolunteerFieldValues } from './volunteer-form';

interface VolunteerFieldsProps<V extends VolunteerFieldValues> {
  form: UseFormReturnType<V>;
  /** Skills and qualifications of the organization, for the picker. */
  skills: TSkill[];
  /** Offer "the organization's language" for messages (a new record; a saved one always has a language). */
  withOrganizationLanguage?: boolean;
}

/** The profile of a volunteer record, for assisted registration and for editing a record. */
export function VolunteerFields<V extends VolunteerFieldValues>(props: VolunteerFieldsProps<V>) {
  const { form, skills, withOrganizationLanguage = false } = props;
  const { t } = useTranslation();
  const optional = (key: MessageKey) => t('common.optional', { label: t(key) });
  const values = form.getValues();
  // The digest only changes how e-mail arrives; for phone and post a coordinator makes contact.
  const byEmail = values.preferredChannel === 'email';
  return (
    <Stack gap="lg">
      <Fieldset legend={t('volunteers.sections.person')}>
        <Stack>
          <TextInput label={t('volunteers.fields.name')} required autoComplete="off" {...form.getInputProps('name')} />
          <TextInput
            label={optional('volunteers.fields.name_reading')}
            description={t('auth.name_reading_description')}
            autoComplete="off"
            {...form.getInputProps('nameReading')}
          />
          <TextInput
            label={optional('volunteers.fields.birth_date')}
            type="date"
            w={{ base: '100%', xs: 220 }}
            {...form.getInputProps('birthDate')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('volunteers.sections.contact')}>
        <Stack>
          <TextInput
            label={optional('volunteers.fields.phone')}
            description={t('volunteers.fields.phone_description')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={optional('volunteers.fields.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <NativeSelect
            label={t('volunteers.fields.preferred_channel')}
            description={t('volunteers.fields.preferred_channel_description')}
            data={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: t(`participation.channel_${channel}`) }))}
            {...form.getInputProps('preferredChannel')}
          />
          <Switch
            size="lg"
            label={t('volunteers.fields.mail_digest')}
            description={
              byEmail ? t('volunteers.fields.mail_digest_description') : t('volunteers.fields.mail_digest_email_only')
            }
            {...form.getInputProps('mailDigest', { type: 'checkbox' })}
            checked={byEmail && values.mailDigest}
            disabled={!byEmail}
            data-testid="mail-digest"
          />
          <NativeSelect
            label={t('volunteers.fields.locale')}
            data={[
              ...(withOrganizationLanguage ? [{ value: '', label: t('volunteers.fields.locale_organization') }] : []),
              ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NATIVE_NAMES[locale] })),
            ]}
            {...form.getInputProps('locale')}
          />
          <TextInput
            label={optional('volunteers.fields.postal_code')}
            inputMode="numeric"
            w={{ base: '100%', xs: 220 }}
            autoComplete="off"
            {...form.getInputProps('postalCode')}
          />
          <TextInput
            label={optional('volunteers.fields.address')}
            autoComplete="off"
            {...form.getInputProps('address')}
          />
        </Stack>
      </Fieldset>

      <ActivityFields form={form} skills={skills} />
      <AvailabilityFields form={form} />
      <AvailabilityExceptionFields form={form} />

      <Fieldset legend={t('volunteers.sections.emergency_contact')}>
        <Stack>
          <TextInput
            label={optional('volunteers.fields.emergency_contact_name')}
            autoComplete="off"
            {...form.getInputProps('emergencyContactName')}
          />
          <TextInput
            label={optional('volunteers.fields.emergency_contact_phone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('emergencyContactPhone')}
          />
          <TextInput
            label={optional('volunteers.fields.emergency_contact_relation')}
            description={t('volunteers.fields.emergency_contact_relation_description')}
            autoComplete="off"
            {...form.getInputProps('emergencyContactRelation')}
          />
        </Stack>
      </Fieldset>

      <Textarea
        label={optional('volunteers.fields.notes')}
        description={t('volunteers.fields.notes_description')}
        autosize
        minRows={3}
        {...form.getInputProps('notes')}
      />
    </Stack>
  );
}
