import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  NativeSelect,
  PasswordInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  ACTIVITY_CATEGORIES,
  CONSENT_PURPOSES,
  CONTACT_CHANNELS,
  LANGUAGES,
  type TRegistrationForm,
  ZSelfRegistrationRequest,
} from '@musubi/shared';
import { IconLogin } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../app/api-client';
import { applyFieldErrors, contractErrors } from '../../app/forms';
import { currentLocale } from '../../app/i18n';
import { useLargeText } from '../../app/preferences';
import { PERSONAL_PATHS } from '../../app/shell/nav-items';
import { FormError } from '../../ui/FormError';
import { confirmationErrors } from '../auth/new-password';
import { safeNextPath } from '../auth/next-path';
import { useCurrentSession } from '../auth/use-session';
import { skillName } from '../participation/skill-names';
import { ChoiceGroup } from './ChoiceGroup';
import { signInToJoinPath } from './paths';
import {
  initialRegistrationValues,
  type RegistrationValues,
  registrationRuleErrors,
  toRegistrationRequest,
} from './registration-form';
import { useRegister } from './use-registration';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="lg">
      <Title order={2} id={id} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A standalone link with a full touch target. */
const linkStyle = { display: 'inline-flex', alignItems: 'center', minHeight: '2.75rem' } as const;

interface RegistrationFormProps {
  form: TRegistrationForm;
}

/**
 * The newcomer's own registration: short sections, large inputs, every consent asked
 * separately. Someone new also chooses a password; afterwards they are signed in.
 */
export function RegistrationForm({ form: registration }: RegistrationFormProps) {
  const { t, i18n } = useTranslation();
  const { account } = useCurrentSession();
  const signedIn = account !== null;
  const { orgId, orgName } = registration;
  const register = useRegister(orgId);
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);

  const largeText = useLargeText();
  const toRequest = (values: RegistrationValues) =>
    toRegistrationRequest(values, { signedIn, locale: currentLocale(), largeText });

  const form = useForm<RegistrationValues>({
    initialValues: initialRegistrationValues(account),
    validate: (values) => {
      const rules: FormErrors = {};
      for (const [path, key] of Object.entries(registrationRuleErrors(values, signedIn))) rules[path] = t(key);
      return {
        ...rules,
        ...contractErrors(ZSelfRegistrationRequest, toRequest(values)),
        ...(signedIn ? {} : confirmationErrors(values.password, values.passwordConfirm)),
      };
    },
  });

  // A long form: take the person to the first field that needs attention, in page order.
  const showFirstError = (errors: FormErrors) => {
    const paths = new Set(Object.keys(errors));
    const fields = formRef.current?.querySelectorAll<HTMLElement>('[data-path]') ?? [];
    const first = [...fields].find((field) => paths.has(field.dataset.path ?? ''));
    first?.scrollIntoView({ block: 'center' });
    (first?.matches('input, select, textarea') ? first : first?.querySelector<HTMLElement>('input'))?.focus({
      preventScroll: true,
    });
  };

  const submit = form.onSubmit(
    (values) =>
      register.mutate(toRequest(values), {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('registration.join.done', { orgName }), autoClose: 10_000 });
          // Back to the activity they came from, if any; else their records.
          const next = new URLSearchParams(window.location.search).get('next');
          void navigate(next ? safeNextPath(next) : PERSONAL_PATHS.myVolunteering, { replace: true });
        },
        onError: (error) => applyFieldErrors(form, error),
      }),
    showFirstError,
  );

  const skills = registration.skills.filter((skill) => !skill.archived);
  const skillOptions = (kind: 'skill' | 'qualification') =>
    skills
      .filter((skill) => skill.kind === kind)
      .map((skill) => ({ value: skill.id, label: skillName(skill, i18n.language) }))
      .filter((option) => option.label !== '');
  const skillGroup = (kind: 'skill' | 'qualification', label: string) => {
    const options = skillOptions(kind);
    if (options.length === 0) return null;
    const ids = new Set(options.map((option) => option.value));
    const selected = form.values.skillIds;
    return (
      <ChoiceGroup
        label={t('common.optional', { label })}
        options={options}
        value={selected.filter((id) => ids.has(id))}
        onChange={(chosen) => form.setFieldValue('skillIds', [...selected.filter((id) => !ids.has(id)), ...chosen])}
        error={form.errors.skillIds}
      />
    );
  };

  const signInLink = (
    <Anchor component={Link} to={signInToJoinPath(orgId)} style={linkStyle} data-testid="join-sign-in-link">
      <IconLogin size={20} aria-hidden style={{ marginInlineEnd: 6 }} />
      {t('registration.join.sign_in_link')}
    </Anchor>
  );

  const optional = (label: string) => t('common.optional', { label });

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="registration-form">
      <Stack gap={40}>
        {signedIn ? (
          <Alert color="blue" title={t('registration.join.signed_in_title')}>
            {t('registration.join.signed_in_as', { name: account.name })}
          </Alert>
        ) : (
          <Alert color="blue" title={t('registration.join.have_account')}>
            <Text>{t('registration.join.have_account_body')}</Text>
            {signInLink}
          </Alert>
        )}

        <Section id="join-about" title={t('registration.join.sections.about')}>
          <TextInput size="lg" label={t('auth.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            size="lg"
            label={optional(t('auth.name_reading'))}
            description={t('registration.join.fields.name_reading_description')}
            {...form.getInputProps('nameReading')}
          />
          <TextInput
            size="lg"
            type="date"
            label={optional(t('registration.join.fields.birth_date'))}
            description={t('registration.join.fields.birth_date_description')}
            autoComplete="bday"
            max={new Date().toISOString().slice(0, 10)}
            {...form.getInputProps('birthDate')}
          />
        </Section>

        <Section id="join-contact" title={t('registration.join.sections.contact')}>
          <TextInput
            size="lg"
            type="email"
            label={signedIn ? optional(t('auth.email')) : t('auth.email')}
            description={signedIn ? undefined : t('registration.join.fields.email_description')}
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            required={!signedIn}
            {...form.getInputProps('email')}
          />
          <TextInput
            size="lg"
            type="tel"
            label={optional(t('registration.join.fields.phone'))}
            description={t('registration.join.fields.phone_description')}
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
          <NativeSelect
            size="lg"
            label={t('registration.join.fields.preferred_channel')}
            description={t('registration.join.fields.preferred_channel_description')}
            data={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: t(`participation.channel_${channel}`) }))}
            {...form.getInputProps('preferredChannel')}
          />
          <TextInput
            size="lg"
            label={optional(t('registration.join.fields.postal_code'))}
            description={t('registration.join.fields.postal_code_description')}
            autoComplete="postal-code"
            inputMode="numeric"
            {...form.getInputProps('postalCode')}
          />
          <TextInput
            size="lg"
            label={optional(t('registration.join.fields.address'))}
            autoComplete="street-address"
            {...form.getInputProps('address')}
          />
        </Section>

        <Section id="join-activities" title={t('registration.join.sections.activities')}>
          <ChoiceGroup
            label={optional(t('registration.join.fields.interests'))}
            description={t('registration.join.fields.interests_description')}
            options={ACTIVITY_CATEGORIES.map((category) => ({
              value: category,
              label: t(`participation.category_${category}`),
            }))}
            {...form.getInputProps('interests')}
          />
          {skillGroup('skill', t('registration.join.fields.skills'))}
          {skillGroup('qualification', t('registration.join.fields.qualifications'))}
          <ChoiceGroup
            label={optional(t('registration.join.fields.languages'))}
            description={t('registration.join.fields.languages_description')}
            options={LANGUAGES.map((language) => ({ value: language, label: t(`participation.language_${language}`) }))}
            {...form.getInputProps('languages')}
          />
        </Section>

        <Section id="join-care" title={t('registration.join.sections.care')}>
          <Textarea
            size="lg"
            label={optional(t('registration.join.fields.accessibility_needs'))}
            description={t('registration.join.fields.accessibility_needs_description')}
            autosize
            minRows={3}
            {...form.getInputProps('accessibilityNeeds')}
          />
          <Text c="dimmed">{t('registration.join.fields.emergency_contact_intro')}</Text>
          <TextInput
            size="lg"
            label={optional(t('registration.join.fields.emergency_contact_name'))}
            {...form.getInputProps('emergencyContactName')}
          />
          <TextInput
            size="lg"
            type="tel"
            label={optional(t('registration.join.fields.emergency_contact_phone'))}
            {...form.getInputProps('emergencyContactPhone')}
          />
          <TextInput
            size="lg"
            label={optional(t('registration.join.fields.emergency_contact_relation'))}
            description={t('registration.join.fields.emergency_contact_relation_description')}
            {...form.getInputProps('emergencyContactRelation')}
          />
        </Section>

        <Section id="join-consents" title={t('registration.join.sections.consents')}>
          <Text>{t('registration.join.consents_intro')}</Text>
          {CONSENT_PURPOSES.map((purpose) => (
            <Checkbox
              key={purpose}
              size="lg"
              label={
                <Text span fw={700} inherit>
                  {t(`participation.consent_${purpose}`)}
                </Text>
              }
              description={
                <>
                  <Text span display="block" c="var(--mantine-color-text)" inherit>
                    {t(`participation.consent_text_${purpose}`)}
                  </Text>
                  {purpose === 'contact' && (
                    <Text span display="block" mt={4} inherit>
                      {t('registration.join.contact_needed')}
                    </Text>
                  )}
                </>
              }
              data-testid={`consent-${purpose}`}
              {...form.getInputProps(`consents.${purpose}`, { type: 'checkbox' })}
            />
          ))}
          <Text c="dimmed" size="sm">
            {t('registration.join.wording_version', { version: registration.consentWordingVersion })}
          </Text>
        </Section>

        {!signedIn && (
          <Section id="join-account" title={t('registration.join.sections.account')}>
            <Text>{t('registration.join.account_intro')}</Text>
            <PasswordInput
              size="lg"
              label={t('auth.new_password')}
              description={t('auth.new_password_description')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <PasswordInput
              size="lg"
              label={t('auth.password_confirmation')}
              autoComplete="new-password"
              required
              {...form.getInputProps('passwordConfirm')}
            />
          </Section>
        )}

        <Stack gap="md">
          <FormError error={register.error} />
          {isApiError(register.error, 'REGISTRATION_SIGN_IN_REQUIRED') && signInLink}
          {isApiError(register.error, 'VOLUNTEER_ALREADY_REGISTERED') && signedIn && (
            <Anchor component={Link} to={PERSONAL_PATHS.myVolunteering} style={linkStyle}>
              {t('registration.join.see_my_volunteering')}
            </Anchor>
          )}
          <Button type="submit" size="xl" fullWidth loading={register.isPending} data-testid="register">
            {t('registration.join.submit')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
